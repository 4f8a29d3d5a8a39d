using System.CommandLine;
using System.Globalization;
using Gameplan.Cli.Organizations;
using Gameplan.Core.Activities.Import;

namespace Gameplan.Cli.Activities;

/// <summary>
/// <c>gameplan mappings list | save NAME FILE.json | delete NAME</c>: the organisation's saved
/// column mappings for <c>import activities --mapping NAME</c>. Exit 2 when the file cannot be
/// read, 1 when the definition is refused or the name is unknown.
/// </summary>
public static class MappingsCommand
{
    public static Command Create(CliContext cli) => new("mappings", "Column mappings for activity CSV files, saved by name in the organisation.")
    {
        List(cli), Save(cli), Delete(cli),
    };

    private static Command List(CliContext cli)
    {
        var organization = OrganizationOption();
        var command = new Command("list", "List the saved mappings: name and when each last changed (UTC).") { organization };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var db = await cli.Database.OpenExistingAsync(parse, ct);
            await OrganizationChoice.ScopeAsync(db, parse.GetValue(organization), ct);
            var mappings = await new ActivityMappingQueries(db).ListAsync(ct);
            if (mappings.Count == 0)
            {
                cli.WriteLine($"No saved mappings.");
            }
            foreach (var mapping in mappings)
            {
                cli.WriteLine($"{mapping.Name}  {mapping.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Save(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The name to save under; a mapping of the same name (ignoring case) is replaced." };
        var file = new Argument<string>("FILE.json") { Description = "The mapping's definition (see docs/cli.md, Mappings for CRM exports)." };
        var organization = OrganizationOption();
        var command = new Command("save", "Save a mapping file under a name, replacing one of the same name.") { name, file, organization };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            string json;
            try
            {
                json = await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read {path}: {e.Message}");
            }
            await using var db = await cli.Database.OpenExistingAsync(parse, ct);
            var (_, into) = await OrganizationChoice.ScopeAsync(db, parse.GetValue(organization), ct);
            var saved = await new ActivityMappingCommands(db, cli.Clock).SaveAsync(parse.GetValue(name)!, json, ct);
            cli.WriteLine($"Saved mapping '{saved.Name}' in '{into}'.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Delete(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The saved mapping to delete (ignoring case)." };
        var organization = OrganizationOption();
        var command = new Command("delete", "Delete a saved mapping.") { name, organization };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            await using var db = await cli.Database.OpenExistingAsync(parse, ct);
            await OrganizationChoice.ScopeAsync(db, parse.GetValue(organization), ct);
            await new ActivityMappingCommands(db, cli.Clock).DeleteAsync(parse.GetValue(name)!, ct);
            cli.WriteLine($"Deleted mapping '{parse.GetValue(name)!.Trim()}'.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> OrganizationOption() =>
        new("--organization") { Description = "The organisation whose mappings these are, when the database holds several.", HelpName = "name" };
}
