using System.CommandLine;
using Gameplan.Cli.Database;
using Gameplan.Core.PlanFiles;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// <c>gameplan import plan FILE.yaml</c>: reads a plan file and stores it as a new draft plan, with
/// the people and teams it names that the organisation does not have yet.
/// </summary>
public static class PlanImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file (YAML, version 1) to import." };
        var organization = PlanFileOrganization.Option(
            "The organisation to import into, when the database holds several; an empty database gets one named after the plan's team.");
        var command = new Command("plan", "Import a plan file as a new draft plan (migrating the database first).") { file, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(file)!, parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, string path, string? organization, CancellationToken ct)
    {
        if (!PlanFileText.TryRead(cli, path, out var text))
        {
            return ExitCodes.Usage;
        }
        var read = PlanFileReader.Read(text);
        foreach (var problem in read.Problems)
        {
            // The compiler's convention, so editors and CI annotate the line.
            if (problem.IsError)
            {
                cli.WriteProblem($"{path}:{problem}");
            }
            else
            {
                cli.WriteProblem($"{path}:{problem.Line}:{problem.Column}: warning: {problem.Message}");
            }
        }
        if (read.HasErrors || read.Plan is not { } plan)
        {
            return ExitCodes.Usage;
        }
        await using var db = cli.Database.Open(parse);
        await MigrateCommand.MigrateAsync(cli, db, ct);
        var into = await PlanFileOrganization.ScopeAsync(db, organization, plan.Plan.Team, ct);
        var result = await new PlanFileImporter(db, cli.Clock).ImportAsync(plan, ct);
        foreach (var note in result.Notes)
        {
            cli.WriteLine($"  {note}");
        }
        cli.WriteLine($"[green]Imported[/] plan '{plan.Plan.Name}' into '{into}' as plan {result.PlanId}.");
        return ExitCodes.Success;
    }
}
