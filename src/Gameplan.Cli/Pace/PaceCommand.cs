using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gameplan.Cli.Critique;
using Gameplan.Core.Pace;
using Gameplan.Domain;
using Gameplan.Domain.Pace;

namespace Gameplan.Cli.Pace;

/// <summary>
/// <c>gameplan pace PLAN.yaml --activities FILE.csv [--today YYYY-MM-DD] [--format text|json]</c>:
/// each commitment's pace per person and the goals' progress with their roll-up formula, offline.
/// Exit 0 when the report was made, 2 when a file cannot be read.
/// </summary>
public static class PaceCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("PLAN.yaml") { Description = "The plan file." };
        var format = PlanFileInput.Format("text: a readable table; json: the report (plan, today, commitments, goals, plan_progress).");
        var today = PlanFileInput.Today("The day to measure pace on (YYYY-MM-DD), included; default: today.");
        var activities = ActivityFileOption.Create();
        var command = new Command("pace", "Pace of a plan file's activity commitments and progress of its goals.") { file, format, today, activities };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var day = PlanFileInput.Day(parse.GetValue(today), cli);
            var yaml = await PlanFileInput.ReadAsync(path, ct);
            var facts = await ActivityFileOption.ReadAsync(cli, parse.GetValue(activities), day, ct);
            var (report, problems) = PlanFilePace.Report(yaml, day, facts);
            if (report is null)
            {
                return PlanFileInput.Unreadable(cli, path, problems);
            }
            if (parse.GetValue(format) == "json")
            {
                cli.Output.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                WriteText(cli, report);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(CliContext cli, PaceReport report)
    {
        cli.WriteLine($"[bold]{report.Plan ?? "(unnamed plan)"}[/] on {Text(report.Today)}");
        foreach (var line in report.Commitments)
        {
            var colour = line.Status switch { PaceStatus.OnTrack => "green", PaceStatus.AtRisk => "yellow", PaceStatus.OffTrack => "red", _ => "grey" };
            var attainment = line.Attainment is { } a ? $"{Numbers.Percent(a)}%" : "-";
            cli.WriteLine($"{line.Tactic ?? "-",-6} {line.Person,-10} {line.Metric,-22} {Text(line.ActualToDate),8} of {Text(line.TargetToDate),-8} [{colour}]{attainment,5} {Status(line.Status)}[/]  projected {Text(line.ProjectedTotal)} of {Text(line.TargetTotal)}");
        }
        foreach (var goal in report.Goals)
        {
            cli.WriteLine($"goal {goal.Id ?? "-"}: {(goal.Progress is { } p ? $"{Numbers.Percent(p)}%" : "not measured")}  {goal.Formula}");
        }
        var whole = report.PlanProgress;
        cli.WriteLine($"plan: {(whole.Value is { } v ? $"{Numbers.Percent(v)}%" : "not measured")} ({Name(whole.Method)})  {whole.Formula}");
    }

    // The JSON names (on-track, value-weighted) are the words users see everywhere else.
    private static string Status(PaceStatus status) => Name(status);

    private static string Name<T>(T value) => JsonSerializer.Serialize(value).Trim('"');

    private static string Text(decimal? value) => value is { } v ? Numbers.Format(v, 2) : "-";

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
