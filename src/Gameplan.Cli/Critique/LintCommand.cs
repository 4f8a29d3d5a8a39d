using System.CommandLine;
using System.Text.Json;
using Gameplan.Cli.Pace;
using Gameplan.Core.Critique;
using Gameplan.Domain.Critique;

namespace Gameplan.Cli.Critique;

/// <summary>
/// <c>gameplan lint PLAN.yaml [PLAN.yaml ...] [--format text|json] [--today YYYY-MM-DD] [--activities FILE.csv]</c>:
/// the plan critique on a plan file, for CI and bulk review; with activities, the pace rules too. Exit 0 with no error finding, 1 with one, 2 when the file
/// cannot be read or parsed (places on stderr as <c>FILE:line:column: message</c>).
/// Several files (an extension of the contract) are linted on every core; the JSON is then one report a line,
/// each with a trailing <c>file</c>, and the exit code is the worst of the files' (2, then 1, then 0).
/// </summary>
public static class LintCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("PLAN.yaml") { Description = "The plan file to critique; several are linted on every core.", Arity = ArgumentArity.OneOrMore };
        var format = PlanFileInput.Format("text: readable findings and the risk radar; json: the report (plan, findings, risks, summary).");
        var today = PlanFileInput.Today("The day to judge the plan on (YYYY-MM-DD); default: today.");
        var activities = ActivityFileOption.Create();
        var command = new Command("lint", "Critique a plan file: what will make it fail, by rule id, and the risk radar.") { files, format, today, activities };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var paths = parse.GetValue(files)!;
            var day = PlanFileInput.Day(parse.GetValue(today), cli);
            var yamls = new List<string>(paths.Length);
            foreach (var path in paths)
            {
                yamls.Add(await PlanFileInput.ReadAsync(path, ct));
            }
            var facts = await ActivityFileOption.ReadAsync(cli, parse.GetValue(activities), day, ct);
            var results = PlanLint.LintAll(yamls, day, facts);
            var json = parse.GetValue(format) == "json";
            var exit = ExitCodes.Success;
            for (var i = 0; i < paths.Length; i++)
            {
                exit = Worse(exit, Write(cli, paths[i], results[i], json, several: paths.Length > 1));
            }
            if (paths.Length > 1 && !json)
            {
                WriteTotals(cli, results);
            }
            return exit;
        });
        return command;
    }

    private static int Write(CliContext cli, string path, PlanLintResult result, bool json, bool several)
    {
        if (result.Report is not { } report)
        {
            return PlanFileInput.Unreadable(cli, path, result.Problems);
        }
        if (json)
        {
            var line = JsonSerializer.SerializeToNode(report)!.AsObject();
            if (several)
            {
                line["file"] = path;
            }
            cli.Output.WriteLine(line.ToJsonString());
        }
        else
        {
            if (several)
            {
                cli.WriteLine($"[bold]== {path}[/]");
            }
            WriteText(cli, report);
        }
        return report.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>An unreadable file outranks an error finding, which outranks a clean plan.</summary>
    private static int Worse(int a, int b) => a == ExitCodes.Usage || b == ExitCodes.Usage ? ExitCodes.Usage : Math.Max(a, b);

    private static void WriteTotals(CliContext cli, IReadOnlyList<PlanLintResult> results)
    {
        var reports = results.Where(r => r.Report is not null).Select(r => r.Report!).ToList();
        var unreadable = results.Count - reports.Count;
        var (errors, warnings, infos) = (reports.Sum(r => r.Summary.Errors), reports.Sum(r => r.Summary.Warnings), reports.Sum(r => r.Summary.Infos));
        var tail = unreadable > 0 ? $"; {unreadable} could not be read" : "";
        cli.WriteLine($"{results.Count} files: {errors} errors, {warnings} warnings, {infos} infos{tail}");
    }

    private static void WriteText(CliContext cli, CritiqueReport report)
    {
        cli.WriteLine($"[bold]{report.Plan ?? "(unnamed plan)"}[/]");
        foreach (var finding in report.Findings)
        {
            var colour = finding.Severity switch { FindingSeverity.Error => "red", FindingSeverity.Warning => "yellow", _ => "blue" };
            var severity = finding.Severity.ToString().ToLowerInvariant();
            cli.WriteLine($"[{colour}]{severity,-7}[/] {finding.Rule} {finding.Path}: {finding.Message}");
            cli.WriteLine($"        [grey]{finding.Advice}[/]");
        }
        cli.WriteLine($"Risk radar: {string.Join(", ", report.Risks.Select(r => $"{r.Id} {r.Score}"))}");
        cli.WriteLine($"{report.Summary.Errors} errors, {report.Summary.Warnings} warnings, {report.Summary.Infos} infos");
    }
}
