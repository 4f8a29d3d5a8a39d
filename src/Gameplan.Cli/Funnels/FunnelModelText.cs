using System.Globalization;
using Gameplan.Core.Funnels;
using Gameplan.Domain;
using Gameplan.Domain.Funnels;

namespace Gameplan.Cli.Funnels;

/// <summary>
/// <c>gameplan model</c> for people: per goal, what remains and how many deals that is, the activity window, then
/// one line per stage with its formula (<c>calls  18,670 required = ceil(5,601 / 0.3) · 6 people · 25.3 a person a
/// working day · committed 11,040 (59%)</c>); errors name their field; with activities, the measured rates and projections.
/// </summary>
internal static class FunnelModelText
{
    public static void Write(CliContext cli, PlanFileFunnelReport report)
    {
        var funnel = report.Funnel!;
        foreach (var error in report.Report.Errors)
        {
            cli.WriteLine($"[red]{error.Field}:[/] {error.Message}");
        }
        var projections = report.Projections.ToDictionary(projection => projection.GoalId, StringComparer.Ordinal);
        foreach (var goal in report.Report.Goals)
        {
            WriteGoal(cli, funnel, goal, projections.GetValueOrDefault(goal.Id));
        }
        if (report.Report.Errors.Count == 0 && report.Report.Goals.Count == 0)
        {
            cli.WriteLine($"No goal is modelled: a goal needs a money unit (currency:XXX) or a stage's metric, a target, a due date, and to grow.");
        }
        WriteMeasured(cli, report.Measured);
    }

    private static void WriteGoal(CliContext cli, FunnelDocument funnel, GoalModel goal, GoalProjection? projection)
    {
        var name = goal.Title is { Length: > 0 } title ? $"{goal.Id} {title}" : goal.Id;
        if (goal.Errors.Count > 0)
        {
            cli.WriteLine($"[bold]{name}[/]: cannot be modelled");
            foreach (var error in goal.Errors)
            {
                cli.WriteLine($"  [red]{error.Field}:[/] {error.Message}");
            }
            return;
        }
        var own = goal.Stages.Count > 0 ? goal.Stages[^1].Metric : "";
        var deals = goal.IsMoney
            ? $"{Count(goal.Deals)} {own} at {Count(funnel.DealValue ?? 0m)}"
            : $"{Count(goal.Deals)} {own}";
        cli.WriteLine($"[bold]{name}[/]: {Count(goal.Remaining)} remaining = {deals}; window {Day(goal.Window.Start)}..{Day(goal.Window.End)}, {goal.Window.WorkingDays} working days");
        var width = goal.Stages.Max(stage => stage.Metric.Length);
        for (var index = 0; index < goal.Stages.Count; index++)
        {
            var stage = goal.Stages[index];
            var formula = index < goal.Stages.Count - 1
                ? $"ceil({Count(goal.Stages[index + 1].Required)} / {Numbers.Format(stage.Rate ?? 0m)})"
                : goal.IsMoney ? $"ceil({Count(goal.Remaining)} / {Count(funnel.DealValue ?? 0m)})" : $"ceil({Count(goal.Remaining)})";
            var daily = stage.PerPersonPerDay is { } each ? $"{Numbers.Format(each, 2, grouped: true)} a person a working day" : "no working day left in the window";
            var committed = stage.Committed is { } sum
                ? $"committed {Numbers.Format(sum, 2, grouped: true)}{(stage.Coverage is { } coverage ? $" ({Numbers.Percent(coverage)}%)" : "")}"
                : "nothing committed";
            var colour = stage.Coverage switch { null => "grey", < 0.5m => "red", < 1m => "yellow", _ => "green" };
            cli.WriteLine($"  {stage.Metric.PadRight(width)}  {Count(stage.Required)} required = {formula} · {stage.People} {(stage.People == 1 ? "person" : "people")} · {daily} · [{colour}]{committed}[/]");
        }
        if (projection is not null)
        {
            var share = projection.Share is { } s ? $" ({Numbers.Percent(s)}%)" : "";
            var rates = projection.UsesMeasured ? "the current pace and the measured rates" : "the current pace and the assumed rates";
            cli.WriteLine($"  projected at {rates}: {Count(projection.Projected)} of {Count(projection.Target)}{share} by {Day(goal.Due)}");
        }
    }

    private static void WriteMeasured(CliContext cli, IReadOnlyList<MeasuredRate> measured)
    {
        if (measured.Count == 0)
        {
            return;
        }
        cli.WriteLine($"Measured over the last {FunnelLearning.WindowDays} days, each step lagged by {measured[0].LagDays} days:");
        foreach (var rate in measured)
        {
            var who = rate.Person ?? "team";
            var seen = rate.Measured is { } m
                ? $"{Numbers.Percent(m)}% ({Count(rate.Converted)} of {Count(rate.Sample)}; 95% interval {Numbers.Percent(rate.Low!.Value)}-{Numbers.Percent(rate.High!.Value)}%)"
                : "no data";
            var judged = rate.IsFarAbove ? " [red]far below the assumed rate[/]" : rate.IsReliable ? "" : " [grey](too little data)[/]";
            cli.WriteLine($"  {who,-10} {rate.From} -> {rate.To}: {seen}, assumed {Numbers.Percent(rate.Assumed)}%{judged}");
        }
    }

    private static string Count(decimal value) => Numbers.Format(value, 2, grouped: true);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
