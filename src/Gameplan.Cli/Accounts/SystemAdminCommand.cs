using System.CommandLine;
using Gameplan.Cli.Database;
using Gameplan.Core.Organizations;

namespace Gameplan.Cli.Accounts;

/// <summary>
/// <c>gameplan system-admin grant|revoke|list</c>: which accounts may manage the installation's
/// organisations in the web app. Only the CLI grants it, so only someone with the server's database can.
/// </summary>
public static class SystemAdminCommand
{
    public static Command Create(CliContext cli) => new("system-admin", "System administrators: accounts that create, suspend and delete organisations in the web app.")
    {
        Change(cli, grant: true), Change(cli, grant: false), List(cli),
    };

    private static Command Change(CliContext cli, bool grant)
    {
        var email = new Argument<string>("email") { Description = "The account's e-mail address." };
        var command = new Command(grant ? "grant" : "revoke", grant
            ? "Make an existing account a system administrator (it keeps its role in its own organisation)."
            : "Stop an account being a system administrator; it takes effect at its next request.") { email };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var services = cli.Database.OpenServices(parse, cli.Clock);
            await MigrateCommand.MigrateAsync(cli, services.Db, ct);
            var account = await services.Get<OrganizationAdministration>().SetSystemAdministratorAsync(parse.GetValue(email)!, grant, ct);
            if (grant)
            {
                cli.WriteLine($"[green]Granted[/]: {account.Name} ({account.Email}, of '{account.Organization}') is a system administrator; the web app shows them Organisations.");
            }
            else
            {
                cli.WriteLine($"[yellow]Revoked[/]: {account.Name} ({account.Email}) is no longer a system administrator.");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "List the system administrators.");
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await (await cli.Database.OpenExistingAsync(parse, ct)).DisposeAsync();
            await using var services = cli.Database.OpenServices(parse, cli.Clock);
            var admins = await services.Get<OrganizationAdministration>().SystemAdministratorsAsync(ct);
            if (admins.Count == 0)
            {
                cli.WriteLine($"No system administrator yet: 'gameplan system-admin grant EMAIL' makes one.");
            }
            foreach (var admin in admins)
            {
                cli.WriteLine($"{admin.Email}  {admin.Name} ('{admin.Organization}')");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
