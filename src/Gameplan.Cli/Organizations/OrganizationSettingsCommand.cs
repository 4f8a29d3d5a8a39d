using System.CommandLine;
using Gameplan.Core.Organizations;

namespace Gameplan.Cli.Organizations;

/// <summary>
/// <c>gameplan organization settings [--time-zone ZONE] [--organization NAME]</c>: shows the
/// organisation's time zone and what "today" is there, and sets the zone when given.
/// </summary>
public static class OrganizationSettingsCommand
{
    public static Command Create(CliContext cli)
    {
        var zone = new Option<string?>("--time-zone")
        {
            Description = "Set the organisation's time zone, an IANA id such as Europe/Berlin or America/Los_Angeles; \"today\" is the day there.",
            HelpName = "zone",
        };
        var organization = new Option<string?>("--organization") { Description = "The organisation, needed only when the database holds several.", HelpName = "name" };
        var command = new Command("settings", "Show the organisation's time zone and today there; set it with --time-zone.") { zone, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(zone), parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, string? zone, string? organization, CancellationToken ct)
    {
        await using var db = await cli.Database.OpenExistingAsync(parse, ct);
        var (_, name) = await OrganizationChoice.ScopeAsync(db, organization, ct);
        var settings = zone is null
            ? await new OrganizationQueries(db).GetSettingsAsync(ct)
            : await new OrganizationCommands(db).ChangeTimeZoneAsync(zone, ct);
        var today = await new OrganizationClock(db, cli.Clock).ForOrganizationAsync(ct);
        if (zone is null)
        {
            cli.WriteLine($"'{name}': time zone {settings.TimeZone}, today {today:yyyy-MM-dd}.");
        }
        else
        {
            cli.WriteLine($"[green]Changed[/] '{name}': time zone {settings.TimeZone}, today {today:yyyy-MM-dd}.");
        }
        return ExitCodes.Success;
    }
}
