using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gameplan.Cli.Accounts;
using Gameplan.Cli.Database;
using Gameplan.Core.Accounts;
using Gameplan.Core.Organizations;

namespace Gameplan.Cli.Organizations;

/// <summary>
/// <c>gameplan organization create|list|suspend|resume|delete</c>: the installation's organisations,
/// the system administrator's work (whoever runs the CLI on the server holds the database, so these need
/// no account). The web app's /system/organizations page does the same for system administrators.
/// </summary>
public static class OrganizationAdminCommands
{
    public static IEnumerable<Command> Create(CliContext cli) => [CreateCommand(cli), List(cli), Suspend(cli, suspend: true), Suspend(cli, suspend: false), Delete(cli)];

    private static Argument<string> NameArgument(string description) => new("name") { Description = description };

    private static Command CreateCommand(CliContext cli)
    {
        var name = NameArgument("The new organisation's name (unique in this installation).");
        var email = new Option<string>("--admin-email") { Description = "The e-mail its first admin signs in with (no account may have it yet).", Required = true, HelpName = "address" };
        var handle = new Option<string>("--admin-handle") { Description = "The first admin's handle, e.g. dana.", Required = true, HelpName = "handle" };
        var adminName = new Option<string>("--admin-name") { Description = "The first admin's full name.", Required = true, HelpName = "name" };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the first admin's password from standard input; without it, from ${PasswordInput.EnvironmentVariable}. They change it on their profile page.",
        };
        var command = new Command("create", "Create an organisation with its first admin. Migrates first.") { name, email, handle, adminName, passwordStdin };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var request = new SetupRequest
            {
                Organization = parse.GetValue(name)!.Trim(),
                Name = parse.GetValue(adminName)!.Trim(),
                Handle = parse.GetValue(handle)!,
                Email = parse.GetValue(email)!,
                Password = PasswordInput.Read(cli, parse.GetValue(passwordStdin)),
            };
            AccountRequestCheck.Validate(request);
            await using var services = cli.Database.OpenServices(parse, cli.Clock);
            await MigrateCommand.MigrateAsync(cli, services.Db, ct);
            var created = await services.Get<OrganizationAdministration>().CreateAsync(request, ct);
            cli.WriteLine($"[green]Created[/] the organisation '{created.Name}' (id {created.Id}); its admin {request.Name} signs in as {request.Email.Trim()}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list", "List the installation's organisations with their status, people, accounts, plans and admins.") { format };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var services = await OpenExistingServicesAsync(cli, parse, ct);
            var organizations = await services.Get<OrganizationAdministration>().ListAsync(ct);
            if (parse.GetValue(format) == "json")
            {
                var rows = organizations.Select(o => new
                {
                    id = o.Id,
                    name = o.Name,
                    status = o.IsSuspended ? "suspended" : "active",
                    suspended_at = o.SuspendedAt,
                    people = o.People,
                    accounts = o.Accounts,
                    plans = o.Plans,
                    admins = o.AdminEmails,
                });
                cli.Output.WriteLine(JsonSerializer.Serialize(rows));
                return ExitCodes.Success;
            }
            if (organizations.Count == 0)
            {
                cli.WriteLine($"No organisation yet: create one with 'gameplan organization create NAME --admin-email ... --admin-handle ... --admin-name ...'.");
                return ExitCodes.Success;
            }
            var idWidth = Math.Max(2, organizations.Max(o => o.Id.ToString(CultureInfo.InvariantCulture).Length));
            cli.WriteLine($"{"id".PadLeft(idWidth)}  {"status",-9}  {"people",6}  {"accounts",8}  {"plans",5}  name (admins)");
            foreach (var o in organizations)
            {
                var admins = o.AdminEmails.Count == 0 ? "no admin with an account" : string.Join(", ", o.AdminEmails);
                cli.WriteLine($"{o.Id.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth)}  {(o.IsSuspended ? "suspended" : "active"),-9}  {o.People,6}  {o.Accounts,8}  {o.Plans,5}  {o.Name} ({admins})");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Suspend(CliContext cli, bool suspend)
    {
        var name = NameArgument(suspend ? "The organisation to suspend." : "The suspended organisation to put back in use.");
        var command = new Command(suspend ? "suspend" : "resume", suspend
            ? "Suspend an organisation: its data stays, its people cannot sign in, their sessions end and their tokens stop working."
            : "Put a suspended organisation back in use: its people sign in again.") { name };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var services = await OpenExistingServicesAsync(cli, parse, ct);
            var (id, _) = await OneAsync(services, parse.GetValue(name)!, ct);
            var administration = services.Get<OrganizationAdministration>();
            var changed = suspend ? await administration.SuspendAsync(id, ct) : await administration.ResumeAsync(id, ct);
            if (suspend)
            {
                cli.WriteLine($"[yellow]Suspended[/] '{changed.Name}': nobody of it signs in until 'gameplan organization resume'.");
            }
            else
            {
                cli.WriteLine($"[green]Resumed[/] '{changed.Name}': its people sign in again.");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        var name = NameArgument("The suspended organisation to delete, with everything it owns.");
        var confirm = new Option<string>("--confirm") { Description = "The organisation's name again, exactly: deleting cannot be undone (take a backup first).", Required = true, HelpName = "name" };
        var command = new Command("delete", "Delete a suspended organisation and all its data (people, accounts, plans, activities...). Cannot be undone.") { name, confirm };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var services = await OpenExistingServicesAsync(cli, parse, ct);
            var (id, _) = await OneAsync(services, parse.GetValue(name)!, ct);
            var deleted = await services.Get<OrganizationAdministration>().DeleteAsync(id, parse.GetValue(confirm)!, null, ct);
            cli.WriteLine($"[red]Deleted[/] '{deleted.Name}' with its {deleted.People} people, {deleted.Accounts} accounts and {deleted.Plans} plans.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<CliServices> OpenExistingServicesAsync(CliContext cli, ParseResult parse, CancellationToken ct)
    {
        // The read-only check (file exists, schema current) first, then the services the commands need.
        await (await cli.Database.OpenExistingAsync(parse, ct)).DisposeAsync();
        return cli.Database.OpenServices(parse, cli.Clock);
    }

    private static async Task<(int Id, string Name)> OneAsync(CliServices services, string name, CancellationToken ct)
    {
        var matching = await OrganizationChoice.MatchingAsync(services.Db, name, ct);
        return matching.Count == 1
            ? matching[0]
            : throw new CommandFailedException($"several organisations are named '{name.Trim()}' (ids {string.Join(", ", matching.Select(o => o.Id))}); rename one first.");
    }
}
