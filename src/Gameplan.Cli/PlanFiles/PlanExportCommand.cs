using System.CommandLine;
using Gameplan.Core;
using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// <c>gameplan export plan ID -o FILE.yaml</c>: writes a stored plan as a plan file (to stdout without -o);
/// <c>--format md</c> writes the Markdown one-pager instead.
/// </summary>
public static class PlanExportCommand
{
    public static Command Create(CliContext cli)
    {
        var id = new Argument<int>("ID") { Description = "The plan's id (see 'gameplan plans list')." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; without it, the plan file goes to standard output.", HelpName = "file" };
        var organization = PlanFileOrganization.Option("Look for the plan only in this organisation (by default, the plan's own).");
        var format = new Option<string>("--format", "-f")
        {
            Description = "yaml: the plan file (default); md: a Markdown one-pager with the goals' progress and pace today, for people.",
            DefaultValueFactory = _ => "yaml",
        };
        format.AcceptOnlyFromAmong("yaml", "md");
        var command = new Command("plan", "Export a plan as a plan file (YAML, version 1) or a Markdown one-pager.") { id, output, organization, format };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(id), parse.GetValue(output), parse.GetValue(organization), parse.GetValue(format) ?? "yaml", ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, int id, string? output, string? organization, string format, CancellationToken ct)
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
        string name, text;
        if (format == "md")
        {
            (name, text) = await new PlanOnePagerQueries(db, new PlanQueries(db), new ActivityQueries(db), cli.Clock).GetAsync(id, ct);
        }
        else
        {
            var file = await new PlanFileExporter(db).ExportAsync(id, ct);
            (name, text) = (file.Plan.Name ?? "", PlanFileWriter.Write(file));
        }
        if (output is null)
        {
            cli.Output.Write(text);
            return ExitCodes.Success;
        }
        PlanFileText.Write(output, text);
        cli.WriteLine($"[green]Exported[/] plan {id} '{name}' to {output}.");
        return ExitCodes.Success;
    }
}
