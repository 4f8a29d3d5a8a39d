using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Tests.Accounts;

public sealed class AccountCommandsTests
{
    [DbFact]
    public async Task First_run_setup_creates_the_organisation_and_its_admin_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();

        Assert.True(await accounts.NeedsSetupAsync());
        var admin = await accounts.SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada Admin", Handle = "ada", Email = "ada@acme.example", Password = "correct horse battery" });
        var again = await Assert.ThrowsAsync<DomainRuleException>(() =>
            accounts.SetupAsync(new SetupRequest { Organization = "Evil", Name = "Eve", Handle = "eve", Email = "eve@evil.example", Password = "correct horse battery" }));

        Assert.False(await accounts.NeedsSetupAsync());
        Assert.Equal(("Acme", "ada", Domain.People.PersonRole.Admin), (admin.OrganizationName, admin.Handle, admin.Role));
        Assert.Contains("already set up", again.Message);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("ada@acme.example"))!, "correct horse battery"));
    }

    [DbTheory]
    [InlineData("seven77", "password")]
    [InlineData("x", "password")]
    public async Task A_password_outside_8_to_128_characters_is_refused_naming_the_password(string password, string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => scope.ServiceProvider.GetRequiredService<AccountCommands>()
            .SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = password }));

        Assert.Equal(field, error.Field);
    }

    [DbFact]
    public async Task A_passphrase_longer_than_128_characters_is_refused_and_lowercase_only_is_fine()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            accounts.SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = new string('a', 129) }));
        var admin = await accounts.SetupAsync(new SetupRequest { Organization = "Acme", Name = "Ada", Handle = "ada", Email = "ada@acme.example", Password = "onlylowercase" });

        Assert.Equal("ada", admin.Handle);
    }

    [DbFact]
    public async Task A_deactivated_person_cannot_be_given_an_account()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = await database.AccountServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        await Seeded.OrganizationAsync(db);
        var ana = (await new PeopleQueries(db).ListAsync()).Single(p => p.Handle == "ana");
        await new PeopleCommands(db).UpdateAsync(ana.Id, new PersonRequest { Handle = "ana", Name = ana.Name, Active = false });

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => scope.ServiceProvider.GetRequiredService<AccountCommands>()
            .AddAccountAsync(new AccountRequest { Handle = "ana", Email = "ana@acme.example", Password = "a long passphrase" }));

        Assert.Contains("deactivated", error.Message);
    }

}
