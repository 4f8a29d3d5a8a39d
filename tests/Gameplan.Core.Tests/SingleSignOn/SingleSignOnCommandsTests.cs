using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.SingleSignOn;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Tests.SingleSignOn;

/// <summary>Who a provider's e-mail is, within the organisation whose provider vouched for it, and which organisation an e-mail signs in with.</summary>
public sealed class SingleSignOnCommandsTests
{
    [DbFact]
    public async Task A_person_found_by_work_email_gets_an_account_without_a_password_once()
    {
        await using var setup = await SetupAsync();
        var (acme, _) = await setup.OrganizationsAsync();
        var ana = await setup.PersonAsync(acme, "ana", workEmail: "ana.lopez@acme.example");
        await setup.ConfigureAsync(acme, createReps: false);

        var first = await setup.SignInAsync(acme, "Ana.Lopez@acme.example");
        var second = await setup.SignInAsync(acme, "ana.lopez@acme.example");

        Assert.Equal(SingleSignOnOutcome.SignedIn, first.Outcome);
        Assert.Equal(first.UserId, second.UserId);
        var account = await setup.Users.Users.SingleAsync(u => u.Id == first.UserId);
        Assert.Equal((ana.Id, (string?)null), (account.PersonId, account.PasswordHash));
    }

    [DbFact]
    public async Task An_email_that_signs_in_to_another_organisation_is_unknown_here_even_where_reps_are_created()
    {
        await using var setup = await SetupAsync();
        var (acme, rival) = await setup.OrganizationsAsync();
        await setup.AccountAsync(rival, "vera", "vera@rival.example");
        await setup.ConfigureAsync(acme, createReps: true);

        var result = await setup.SignInAsync(acme, "vera@rival.example");

        Assert.Equal(new SingleSignOnResult(SingleSignOnOutcome.Unknown), result);
        Assert.False(await setup.Db.People.IgnoreQueryFilters().AnyAsync(p => p.OrganizationId == acme && p.Email == "vera@rival.example"));
    }

    [DbFact]
    public async Task Nobody_of_a_suspended_organisation_signs_in_and_nobody_is_created_there()
    {
        await using var setup = await SetupAsync();
        var (acme, _) = await setup.OrganizationsAsync();
        await setup.PersonAsync(acme, "ana", workEmail: "ana.lopez@acme.example");
        await setup.ConfigureAsync(acme, createReps: true);
        var organization = await setup.Db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == acme);
        organization.Suspend(DateTimeOffset.UtcNow);
        await setup.Db.SaveChangesAsync();

        var known = await setup.SignInAsync(acme, "ana.lopez@acme.example");
        var stranger = await setup.SignInAsync(acme, "newcomer@acme.example");

        Assert.Equal(new SingleSignOnResult(SingleSignOnOutcome.Suspended), known);
        Assert.Equal(new SingleSignOnResult(SingleSignOnOutcome.Suspended), stranger);
        Assert.False(await setup.Db.People.IgnoreQueryFilters().AnyAsync(p => p.Email == "newcomer@acme.example"));
        Assert.False(await setup.Users.Users.AnyAsync(u => u.OrganizationId == acme));
    }

    [DbFact]
    public async Task A_new_rep_takes_the_emails_local_part_as_handle_numbered_when_it_is_taken()
    {
        await using var setup = await SetupAsync();
        var (acme, _) = await setup.OrganizationsAsync();
        await setup.PersonAsync(acme, "ana", workEmail: null);
        await setup.ConfigureAsync(acme, createReps: true);

        var result = await setup.SignInAsync(acme, "ana@acme.example", "Ana Newcomer");

        Assert.Equal(SingleSignOnOutcome.CreatedAsRep, result.Outcome);
        var rep = await setup.Db.People.IgnoreQueryFilters().SingleAsync(p => p.Email == "ana@acme.example");
        Assert.Equal(("ana-2", "Ana Newcomer", PersonRole.Rep, acme), (rep.Handle, rep.Name, rep.Role, rep.OrganizationId));
    }

    [DbFact]
    public async Task An_email_finds_its_accounts_organisation_else_the_only_one_that_names_its_domain()
    {
        await using var setup = await SetupAsync();
        var (acme, rival) = await setup.OrganizationsAsync();
        await setup.AccountAsync(rival, "vera", "vera@shared.example");
        await setup.ConfigureAsync(acme, createReps: false, domains: "acme.example shared.example");
        var commands = setup.Commands;

        // Vera's organisation has no single sign-on: another's claim on her domain does not take her there.
        Assert.Null(await commands.FindOrganizationAsync("vera@shared.example"));
        await setup.ConfigureAsync(rival, createReps: false, domains: "shared.example");
        Assert.Equal(rival, await commands.FindOrganizationAsync("VERA@shared.example"));
        Assert.Equal(acme, await commands.FindOrganizationAsync("new.person@acme.example"));
        Assert.Null(await commands.FindOrganizationAsync("another@shared.example"));
        Assert.Null(await commands.FindOrganizationAsync("someone@elsewhere.example"));
        Assert.Null(await commands.FindOrganizationAsync("not an e-mail"));
    }

    [DbFact]
    public async Task The_client_secret_is_stored_as_ciphertext_and_read_back_only_for_the_provider()
    {
        await using var setup = await SetupAsync();
        var (acme, _) = await setup.OrganizationsAsync();
        setup.Db.OrganizationScope = acme;

        var details = await setup.Commands.ChangeAsync(new SingleSignOnRequest { Enabled = true, Issuer = "https://id.acme.example", ClientId = "gameplan", ClientSecret = "s3cret" });
        var provider = await setup.Commands.ProviderAsync(acme);

        Assert.True(details.HasClientSecret);
        Assert.Equal(("s3cret", "https://id.acme.example"), (provider!.ClientSecret, provider.Issuer));
        Assert.Equal(["openid", "profile", "email"], provider.Scopes);
        Assert.DoesNotContain("s3cret", (await setup.Db.SingleSignOnSettings.AsNoTracking().SingleAsync()).ProtectedClientSecret!, StringComparison.Ordinal);
    }

    private static async Task<Setup> SetupAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var provider = await database.AccountServicesAsync();
        return new Setup(database, provider, provider.CreateAsyncScope());
    }

    private sealed class Setup(TestDatabase database, ServiceProvider provider, AsyncServiceScope scope) : IAsyncDisposable
    {
        public GameplanDbContext Db => scope.ServiceProvider.GetRequiredService<GameplanDbContext>();

        public SingleSignOnCommands Commands => scope.ServiceProvider.GetRequiredService<SingleSignOnCommands>();

        public UserManager<UserAccount> Users => scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();

        public async Task<(int Acme, int Rival)> OrganizationsAsync()
        {
            Db.UseAllOrganizations();
            var acme = new Organization("Acme");
            var rival = new Organization("Rival");
            Db.Organizations.AddRange(acme, rival);
            await Db.SaveChangesAsync();
            return (acme.Id, rival.Id);
        }

        public async Task<Person> PersonAsync(int organization, string handle, string? workEmail)
        {
            Db.OrganizationScope = organization;
            var person = new Person(organization, handle, handle.ToUpperInvariant(), PersonRole.Rep, null, null);
            person.ChangeEmail(workEmail);
            Db.People.Add(person);
            await Db.SaveChangesAsync();
            return person;
        }

        public async Task AccountAsync(int organization, string handle, string email)
        {
            var person = await PersonAsync(organization, handle, null);
            var result = await Users.CreateAsync(new UserAccount { OrganizationId = organization, PersonId = person.Id, UserName = email, Email = email });
            Assert.True(result.Succeeded);
        }

        public async Task ConfigureAsync(int organization, bool createReps, string? domains = null)
        {
            Db.OrganizationScope = organization;
            await Commands.ChangeAsync(new SingleSignOnRequest
            {
                Enabled = true,
                Issuer = "https://id.example",
                ClientId = "gameplan",
                CreateUnknownAsReps = createReps,
                EmailDomains = domains,
            });
        }

        public Task<SingleSignOnResult> SignInAsync(int organization, string email, string? name = null) => Commands.SignInAsync(organization, email, name);

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await provider.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
