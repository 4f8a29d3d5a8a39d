using System.CommandLine;
using Gameplan.Cli.Database;
using Gameplan.Core.Organizations;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.PlanFiles.Okrs;

namespace Gameplan.Cli.PlanFiles;

/// <summary>
/// <c>gameplan import okr FILE.md|FILE.csv [-o PLAN.yaml]</c>: reads an OKR document and prints what each
/// line became. With <c>-o</c> it writes a plan file and touches no database; without, it stores a new
/// draft plan as <c>import plan</c> does, its function owners matched to the organisation's teams.
/// </summary>
public static class OkrImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "The OKR document: a Markdown outline (.md) or a table (.csv)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write a plan file here instead of importing; no database is touched.", HelpName = "PLAN.yaml" };
        var organization = PlanFileOrganization.Option("The organisation to import into, when the database holds several (not with -o).");
        var command = new Command("okr", "Import an OKR document (Markdown outline or CSV) as a draft plan, or write it as a plan file with -o.") { file, output, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, string path, string? output, string? organization, CancellationToken ct)
    {
        if (!PlanFileText.TryRead(cli, path, out var text))
        {
            return ExitCodes.Usage;
        }
        var format = OkrReader.FormatOf(path, text);
        var options = new OkrReadOptions
        {
            Today = OrganizationClock.TodayWithoutOrganization(cli.Clock),
            FallbackName = Path.GetFileNameWithoutExtension(path),
        };
        // Read once without the database: a document that cannot be read touches nothing.
        var read = OkrReader.Read(text, format, options);
        if (read.HasErrors)
        {
            Problems(cli, path, read);
            return ExitCodes.Usage;
        }
        if (output is not null)
        {
            Problems(cli, path, read);
            Report(cli, read);
            PlanFileText.Write(output, PlanFileWriter.Write(read.Plan!));
            cli.WriteLine($"[green]Wrote[/] {output}: {Counts(read.Plan!)}; check it with `gameplan lint {output}`.");
            return ExitCodes.Success;
        }
        await using var db = cli.Database.Open(parse);
        await MigrateCommand.MigrateAsync(cli, db, ct);
        var into = await PlanFileOrganization.ScopeAsync(db, organization, null, ct);
        var (stored, imported) = await new OkrImporter(db, cli.Clock).ImportAsync(text, path, ct);
        Problems(cli, path, stored);
        Report(cli, stored);
        if (imported is not { } result)
        {
            return ExitCodes.Usage;
        }
        read = stored;
        foreach (var note in result.Notes)
        {
            cli.WriteLine($"  {note}");
        }
        cli.WriteLine($"[green]Imported[/] '{read.Plan!.Plan.Name}' into '{into}' as draft plan {result.PlanId}: {Counts(read.Plan!)}.");
        return ExitCodes.Success;
    }

    private static void Problems(CliContext cli, string path, OkrReadResult read)
    {
        foreach (var problem in read.Problems)
        {
            // The compiler's convention, so editors and CI annotate the line.
            cli.WriteProblem($"{path}:{problem}");
        }
    }

    private static void Report(CliContext cli, OkrReadResult read)
    {
        foreach (var mapping in read.Mappings)
        {
            cli.WriteLine($"{mapping.Line,4}  {mapping.Became,-10} {mapping.Path}  {mapping.Source}");
            cli.WriteLine($"      why: {mapping.Why}");
            if (mapping.Owner is { } owner)
            {
                cli.WriteLine($"      owner: {owner}");
            }
        }
    }

    private static string Counts(PlanFile file)
    {
        var plan = file.Plan;
        var tactics = plan.Tactics.Count + plan.Strategies.Sum(s => s.Tactics.Count);
        return $"{plan.Goals.Count} goal(s), {plan.Strategies.Count} strateg{(plan.Strategies.Count == 1 ? "y" : "ies")}, {tactics} tactic(s), {file.People.Count} new people";
    }
}
