using System.CommandLine;
using Gameplan.Core;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.PlanFiles;

/// <summary><c>gameplan export plan ID -o FILE.yaml</c>: writes a stored plan as a plan file (to stdout without -o).</summary>
public static class PlanExportCommand
{
    public static Command Create(CliContext cli)
    {
        var id = new Argument<int>("ID") { Description = "The plan's id (see 'gameplan plans list')." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; without it, the plan file goes to standard output.", HelpName = "file" };
        var organization = PlanFileOrganization.Option("Look for the plan only in this organisation (by default, the plan's own).");
        var command = new Command("plan", "Export a plan as a plan file (YAML, version 1).") { id, output, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(id), parse.GetValue(output), parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, int id, string? output, string? organization, CancellationToken ct)
    {
        await using var db = cli.Database.Open(parse);
        // Quietly: without -o, standard output carries only the plan file.
        await GameplanDatabase.MigrateAsync(db, ct);
        if (organization is not null)
        {
            await PlanFileOrganization.ScopeAsync(db, organization, null, ct);
        }
        else
        {
            // A plan id is unique in the database; the CLI works on the whole database, so it finds the plan's organisation.
            db.UseAllOrganizations();
            db.OrganizationScope = await db.Plans.Where(p => p.Id == id).Select(p => (int?)p.OrganizationId).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Plan {id}");
        }
        var file = await new PlanFileExporter(db).ExportAsync(id, ct);
        var yaml = PlanFileWriter.Write(file);
        if (output is null)
        {
            cli.Output.Write(yaml);
            return ExitCodes.Success;
        }
        PlanFileText.Write(output, yaml);
        cli.WriteLine($"[green]Exported[/] plan {id} '{file.Plan.Name}' to {output}.");
        return ExitCodes.Success;
    }
}
