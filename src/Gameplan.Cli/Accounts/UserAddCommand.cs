using System.CommandLine;
using Gameplan.Cli.Database;
using Gameplan.Cli.Organizations;
using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Accounts;

/// <summary>
/// <c>gameplan user add</c>: gives an existing person an account, or on a database without any
/// account sets up the organisation and its admin (<c>--admin</c>), like the web app's setup page.
/// </summary>
public static class UserAddCommand
{
    private sealed record Input(string Email, string Handle, string? Name, bool Admin, string? Organization, string Password);

    public static Command Create(CliContext cli)
    {
        var email = new Option<string>("--email") { Description = "The e-mail address the person signs in with (unique in this installation).", Required = true, HelpName = "address" };
        var handle = new Option<string>("--handle") { Description = "The person's handle; at first-run setup, the new admin's handle.", Required = true };
        var name = new Option<string?>("--name") { Description = "First-run setup only: the admin's full name." };
        var admin = new Option<bool>("--admin")
        {
            Description = "On a database without any account: set up the organisation (--organization) and its admin. Otherwise: insist that the person is an admin.",
        };
        var organization = new Option<string?>("--organization")
        {
            Description = "First-run setup: the new organisation's name. Otherwise: the person's organisation, needed only when the handle exists in several.",
            HelpName = "name",
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from standard input. Without it the password comes from ${PasswordInput.EnvironmentVariable}. "
                + "There is deliberately no --password option: a password on the command line stays in shell history.",
        };
        var command = new Command("add", "Give a person an account to sign in with; on a new database, set up the organisation and its admin (--admin). Migrates first.")
        {
            email, handle, name, admin, organization, passwordStdin,
        };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, new Input(
            parse.GetValue(email)!, parse.GetValue(handle)!, parse.GetValue(name), parse.GetValue(admin), parse.GetValue(organization),
            PasswordInput.Read(cli, parse.GetValue(passwordStdin))), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, Input input, CancellationToken ct)
    {
        await using var services = cli.Database.OpenServices(parse, cli.Clock);
        await MigrateCommand.MigrateAsync(cli, services.Db, ct);
        var accounts = services.Get<AccountCommands>();
        var firstRun = await accounts.NeedsSetupAsync(ct);
        var user = firstRun && input.Admin
            ? await SetUpAsync(cli, accounts, input, ct)
            : await AddAsync(cli, services.Db, accounts, input, firstRun, ct);
        cli.WriteLine($"Sign in as {input.Email.Trim()} (account id {user.UserId}); for 'gameplan --server', create a token on the web app's /account/profile page.");
        cli.WriteLine($"[grey]Database:[/] {cli.Database.Settings(parse).Describe()}");
        return ExitCodes.Success;
    }

    private static async Task<SignedInUser> SetUpAsync(CliContext cli, AccountCommands accounts, Input input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Organization) || string.IsNullOrWhiteSpace(input.Name))
        {
            throw new UsageException("the database has no account yet, so --admin sets Gameplan up: give --organization NAME and --name \"FULL NAME\" as well.");
        }
        var request = new SetupRequest { Organization = input.Organization.Trim(), Name = input.Name.Trim(), Handle = input.Handle, Email = input.Email, Password = input.Password };
        AccountRequestCheck.Validate(request);
        var admin = await accounts.SetupAsync(request, ct);
        cli.WriteLine($"[green]Set up[/] the organisation '{admin.OrganizationName}' (id {admin.OrganizationId}) with its admin {admin.Name} (@{admin.Handle}).");
        return admin;
    }

    private static async Task<SignedInUser> AddAsync(CliContext cli, GameplanDbContext db, AccountCommands accounts, Input input, bool firstRun, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            throw new UsageException(firstRun
                ? "--name is only for setting Gameplan up, which needs --admin (with --organization)."
                : "this database already has accounts, so there is nothing to set up: leave out --name to give the existing person --handle an account.");
        }
        var (organizationId, role) = await FindPersonAsync(db, input, firstRun, ct);
        if (input.Admin && role != PersonRole.Admin)
        {
            throw new CommandFailedException($"@{input.Handle.Trim().ToLowerInvariant()} has the role '{role.ToString().ToLowerInvariant()}', not 'admin': leave out --admin, or change their role on the web app's People page first.");
        }
        var request = new AccountRequest { Handle = input.Handle, Email = input.Email, Password = input.Password };
        AccountRequestCheck.Validate(request);
        db.OrganizationScope = organizationId;
        var user = await accounts.AddAccountAsync(request, ct);
        cli.WriteLine($"[green]Created[/] an account for {user.Name} (@{user.Handle}, {user.Role.ToString().ToLowerInvariant()}) in '{user.OrganizationName}'.");
        return user;
    }

    /// <summary>The person across the whole database, so an admin need not name the organisation unless handles clash.</summary>
    private static async Task<(int OrganizationId, PersonRole Role)> FindPersonAsync(GameplanDbContext db, Input input, bool firstRun, CancellationToken ct)
    {
        var handle = input.Handle.Trim().ToLowerInvariant();
        var organizations = await OrganizationChoice.MatchingAsync(db, input.Organization, ct);
        var ids = organizations.Select(o => o.Id).ToList();
        db.UseAllOrganizations();
        var people = await db.People.Where(p => p.Handle == handle && ids.Contains(p.OrganizationId))
            .Select(p => new { p.OrganizationId, p.Role }).ToListAsync(ct);
        return people.Count switch
        {
            1 => (people[0].OrganizationId, people[0].Role),
            0 => throw new CommandFailedException($"there is nobody with the handle '{handle}' in {(input.Organization is null ? "the database" : OrganizationChoice.Names(organizations))}."
                + (firstRun ? " No account exists yet: to set Gameplan up, add --admin with --organization and --name." : "")),
            _ => throw new CommandFailedException($"the handle '{handle}' exists in several organisations ({OrganizationChoice.Names(organizations.Where(o => people.Any(p => p.OrganizationId == o.Id)))}); choose one with --organization NAME."),
        };
    }
}
