using System.CommandLine;
using System.Text.Json;
using Gameplan.Cli.Pace;
using Gameplan.Core.Critique;
using Gameplan.Domain.Critique;

namespace Gameplan.Cli.Critique;

/// <summary>
/// <c>gameplan lint PLAN.yaml [--format text|json] [--today YYYY-MM-DD] [--activities FILE.csv]</c>:
/// the plan critique on a plan file, for CI and bulk review; with activities, the pace rules too. Exit 0 with no error finding, 1 with one, 2 when the file
/// cannot be read or parsed (places on stderr as <c>FILE:line:column: message</c>).
/// </summary>
public static class LintCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("PLAN.yaml") { Description = "The plan file to critique." };
        var format = PlanFileInput.Format("text: readable findings and the risk radar; json: the report (plan, findings, risks, summary).");
        var today = PlanFileInput.Today("The day to judge the plan on (YYYY-MM-DD); default: today.");
        var activities = ActivityFileOption.Create();
        var command = new Command("lint", "Critique a plan file: what will make it fail, by rule id, and the risk radar.") { file, format, today, activities };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var day = PlanFileInput.Day(parse.GetValue(today), cli);
            var yaml = await PlanFileInput.ReadAsync(path, ct);
            var facts = await ActivityFileOption.ReadAsync(cli, parse.GetValue(activities), day, ct);
            var result = PlanLint.Lint(yaml, day, facts);
            if (result.Report is not { } report)
            {
                return PlanFileInput.Unreadable(cli, path, result.Problems);
            }
            if (parse.GetValue(format) == "json")
            {
                cli.Output.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                WriteText(cli, report);
            }
            return report.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
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
