using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Organizations;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Tests.Organizations;

public sealed class OrganizationAdministrationTests
{
    private static SetupRequest Rival => new() { Organization = "Rival Field Sales", Name = "Vera Rival", Handle = "vera", Email = "vera@rival.example", Password = "rival passphrase 1" };

    [DbFact]
    public async Task Deleting_a_suspended_organisation_removes_every_row_it_owns_and_leaves_the_others_untouched()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        int demo;
        await using (var db = database.Open())
        {
            demo = (await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync())!.Value;
        }
        using var scope = services.CreateScope();
        var administration = Administration(scope);
        var rival = await administration.CreateAsync(Rival);
        await using (var db = database.Open())
        {
            db.UseAllOrganizations();
            var user = await db.Users.FirstAsync(u => u.OrganizationId == demo);
            db.ApiTokens.Add(new ApiToken(demo, user.Id, "to go", "gp_delete", [1, 2, 3], true, Seeded.Clock.GetUtcNow(), Seeded.Clock.GetUtcNow().AddDays(30)));
            db.Sessions.Add(new SignInSession("session-of-the-deleted", demo, user.Id, [1], Seeded.Clock.GetUtcNow(), Seeded.Clock.GetUtcNow().AddDays(1)));
            await db.SaveChangesAsync();
        }
        var demoRowsBefore = await RowsOfAsync(database, demo);
        var rivalRowsBefore = await RowsOfAsync(database, rival.Id);

        var notSuspended = await Assert.ThrowsAsync<DomainRuleException>(() => administration.DeleteAsync(demo, DemoOrganization.Name));
        await administration.SuspendAsync(demo);
        var wrongName = await Assert.ThrowsAsync<DomainRuleException>(() => administration.DeleteAsync(demo, "northwind"));
        var deleted = await administration.DeleteAsync(demo, DemoOrganization.Name);

        Assert.Contains("Suspend", notSuspended.Message);
        Assert.Equal("confirm", wrongName.Field);
        Assert.Equal(DemoOrganization.Name, deleted.Name);
        Assert.True(demoRowsBefore.Values.Sum() > 1000, "the demo owns rows in many tables");
        Assert.True(demoRowsBefore.Count(t => t.Value > 0) >= 15, string.Join(", ", demoRowsBefore.Where(t => t.Value > 0).Select(t => t.Key)));
        Assert.All(await RowsOfAsync(database, demo), t => Assert.True(t.Value == 0, $"{t.Key} still holds {t.Value} rows of the deleted organisation"));
        Assert.Equal(rivalRowsBefore, await RowsOfAsync(database, rival.Id));
        Assert.Empty(await ForeignKeyViolationsAsync(database));
        Assert.Equal([rival.Name], (await administration.ListAsync()).Select(o => o.Name));
    }

    [DbFact]
    public async Task A_suspended_organisations_accounts_are_not_found_and_its_sessions_end_until_it_is_resumed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        var first = await accounts.SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = "acme passphrase 1" });
        var administration = Administration(scope);
        var rival = await administration.CreateAsync(Rival);
        var vera = (await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync("vera@rival.example"))!;
        var sessions = scope.ServiceProvider.GetRequiredService<SessionCommands>();
        var key = await sessions.StartAsync(vera.Id, [1, 2], null);

        var suspended = await administration.SuspendAsync(rival.Id);
        var whileSuspended = await accounts.FindAsync(vera.Id);
        var sessionWhileSuspended = await sessions.FindAsync(key);
        var other = await accounts.FindAsync(first.UserId);
        var resumed = await administration.ResumeAsync(rival.Id);

        Assert.True(suspended.IsSuspended);
        Assert.Null(whileSuspended);
        Assert.Null(sessionWhileSuspended);
        Assert.NotNull(other);
        Assert.False(resumed.IsSuspended);
        Assert.Equal("vera", (await accounts.FindAsync(vera.Id))!.Handle);
    }

    [DbFact]
    public async Task A_new_organisation_needs_a_name_and_an_admin_e_mail_nobody_has_and_lists_its_admin()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountCommands>()
            .SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = "acme passphrase 1" });
        var administration = Administration(scope);

        var sameName = await Assert.ThrowsAsync<DomainRuleException>(() => administration.CreateAsync(Rival with { Organization = " ACME " }));
        var sameEmail = await Assert.ThrowsAsync<DomainRuleException>(() => administration.CreateAsync(Rival with { Email = "ADA@acme.example" }));
        var created = await administration.CreateAsync(Rival);

        Assert.Equal("organization", sameName.Field);
        Assert.Equal("email", sameEmail.Field);
        Assert.Equal(["Acme", "Rival Field Sales"], (await administration.ListAsync()).Select(o => o.Name));
        Assert.Equal((1, 1, 0, "vera@rival.example"), (created.People, created.Accounts, created.Plans, Assert.Single(created.AdminEmails)));
    }

    [DbFact]
    public async Task System_administrators_are_granted_and_revoked_by_e_mail_and_checked_from_the_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        var ada = await scope.ServiceProvider.GetRequiredService<AccountCommands>()
            .SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = "acme passphrase 1" });
        var administration = Administration(scope);

        var before = await administration.IsSystemAdministratorAsync(ada.UserId);
        var granted = await administration.SetSystemAdministratorAsync(" Ada@Acme.example ", grant: true);
        var during = await administration.IsSystemAdministratorAsync(ada.UserId);
        var listed = await administration.SystemAdministratorsAsync();
        await administration.SetSystemAdministratorAsync("ada@acme.example", grant: false);
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => administration.SetSystemAdministratorAsync("nobody@acme.example", grant: true));

        Assert.False(before);
        Assert.Equal(("Ada", "Acme"), (granted.Name, granted.Organization));
        Assert.True(during);
        Assert.Equal("ada@acme.example", Assert.Single(listed).Email);
        Assert.False(await administration.IsSystemAdministratorAsync(ada.UserId));
        Assert.Equal("email", unknown.Field);
    }

    private static OrganizationAdministration Administration(IServiceScope scope) => new(
        scope.ServiceProvider.GetRequiredService<GameplanDbContext>(),
        scope.ServiceProvider.GetRequiredService<AccountCommands>(),
        scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>(),
        Seeded.Clock);

    /// <summary>For every table with an organisation column, how many of its rows belong to <paramref name="organization"/>.</summary>
    private static async Task<SortedDictionary<string, long>> RowsOfAsync(TestDatabase database, int organization)
    {
        await using var db = database.Open();
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null))
        {
            var column = entity.FindProperty("OrganizationId") ?? (entity.ClrType == typeof(Domain.Organizations.Organization) ? entity.FindProperty("Id") : null);
            if (column is null)
            {
                continue;
            }
            var table = entity.GetTableName()!;
            var name = column.GetColumnName(Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, null))!;
            await using var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE \"{name}\" = {organization}";
            rows[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return rows;
    }

    /// <summary>Rows that point at a row that is gone (SQLite checks on request; PostgreSQL never lets one exist).</summary>
    private static async Task<IReadOnlyList<string>> ForeignKeyViolationsAsync(TestDatabase database)
    {
        if (database.IsPostgres)
        {
            return [];
        }
        await using var db = database.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await command.ExecuteReaderAsync();
        var violations = new List<string>();
        while (await reader.ReadAsync())
        {
            violations.Add($"{reader.GetString(0)} row {reader.GetValue(1)} -> {reader.GetString(2)}");
        }
        return violations;
    }

}
