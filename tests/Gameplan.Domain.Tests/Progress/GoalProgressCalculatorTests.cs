using System.Globalization;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Tests.Progress;

public sealed class GoalProgressCalculatorTests
{
    private static readonly DateOnly Today = new(2027, 6, 30);

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Measurements written as <c>date=value</c>, comma-separated, in the order given.</summary>
    private static GoalDocument Goal(string? baseline, string? target, string measurements, string? direction = null) => new()
    {
        Id = "g1",
        Metric = "customers",
        Unit = "count",
        Baseline = Number(baseline),
        Target = Number(target),
        Direction = direction,
        Measurements = [.. measurements.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('='))
            .Select(pair => new MeasurementDocument(DateOnly.Parse(pair[0], CultureInfo.InvariantCulture), Number(pair[1])!.Value))],
    };

    [Theory]
    // increase: (51 - 42) / (80 - 42)
    [InlineData("42", "80", "2027-03-31=51", null, "0.2368421052631578947368421053", "(51 - 42) / (80 - 42) = 0.237")]
    // measurements out of order: the latest on or before today counts, later ones are ignored
    [InlineData("42", "80", "2027-06-01=61,2027-03-31=51,2027-07-15=99", null, "0.5", "(61 - 42) / (80 - 42) = 0.5")]
    // decrease: churn from 7% to 5%, now 6%
    [InlineData("7", "5", "2027-05-01=6", null, "0.5", "(6 - 7) / (5 - 7) = 0.5")]
    [InlineData("7", "5", "2027-05-01=8", "decrease", "-0.5", "(8 - 7) / (5 - 7) = -0.5")]
    // a hair below the baseline shows as 0, not -0
    [InlineData("0", "10000", "2027-05-01=-1", null, "-0.0001", "(-1 - 0) / (10000 - 0) = 0")]
    // past the target: the raw progress keeps it, the shown progress is clamped
    [InlineData("40", "60", "2027-05-01=70", null, "1.5", "(70 - 40) / (60 - 40) = 1.5")]
    // maintain within 5% of the target, and beyond it
    [InlineData("90", "90", "2027-05-01=86", null, "1", "|86 - 90| = 4, within 4.5 (5% of 90): 1")]
    [InlineData("80", "90", "2027-05-01=85", "maintain", "0", "|85 - 90| = 5, beyond 4.5 (5% of 90): 0")]
    // no baseline: the earliest measurement is the baseline
    [InlineData(null, "80", "2027-06-01=50,2027-01-31=40", null, "0.25", "(50 - 40) / (80 - 40) = 0.25")]
    // nothing measured yet: the baseline stands, no progress
    [InlineData("42", "80", "", null, "0", "nothing measured yet; (42 - 42) / (80 - 42) = 0")]
    // an increase goal whose target is its baseline: reached or not
    [InlineData("42", "42", "2027-05-01=43", "increase", "1", "43 >= 42: yes, 1")]
    public void Progress_is_the_share_of_the_way_from_baseline_to_target(
        string? baseline, string? target, string measurements, string? direction, string raw, string formula)
    {
        var progress = GoalProgressCalculator.Of(Goal(baseline, target, measurements, direction), Today);

        Assert.Equal((Number(raw), formula), (progress.RawProgress, progress.Formula));
        Assert.Equal(Math.Clamp(Number(raw)!.Value, 0m, 1m), progress.Progress);
    }

    [Theory]
    [InlineData("42", null, "2027-05-01=50", "no target")]
    [InlineData(null, "80", "", "no baseline and no measurement")]
    public void A_goal_without_target_or_any_starting_point_has_no_progress(string? baseline, string? target, string measurements, string formula)
    {
        var progress = GoalProgressCalculator.Of(Goal(baseline, target, measurements), Today);

        Assert.Equal((null, null, formula), (progress.RawProgress, progress.Progress, progress.Formula));
    }

    [Theory]
    [InlineData(null, "42", "80", GoalDirection.Increase)]
    [InlineData(null, "7", "5", GoalDirection.Decrease)]
    [InlineData(null, "5", "5", GoalDirection.Maintain)]
    [InlineData(" Maintain ", "5", "9", GoalDirection.Maintain)]
    [InlineData("decrease", "5", "9", GoalDirection.Decrease)]
    [InlineData(null, null, "9", GoalDirection.Increase)]
    [InlineData(null, "5", null, null)]
    public void The_direction_is_stated_or_read_from_baseline_and_target(string? stated, string? baseline, string? target, GoalDirection? expected) =>
        Assert.Equal(expected, GoalProgressCalculator.Direction(stated, Number(baseline), Number(target)));

    [Fact]
    public void The_measurement_of_the_day_itself_counts_and_on_a_tie_the_later_listed_wins()
    {
        var progress = GoalProgressCalculator.Of(Goal("0", "10", "2027-06-30=4,2027-06-30=5"), Today);

        Assert.Equal((5m, new DateOnly(2027, 6, 30), GoalValueSource.Measurement), (progress.Current, progress.MeasuredOn, progress.Source));
    }

    [Fact]
    public void A_goal_on_an_activity_metric_adds_what_the_plan_s_people_logged_in_the_plan_period_up_to_today()
    {
        var plan = new PlanDocument
        {
            PeriodStart = new(2027, 1, 1),
            PeriodEnd = new(2027, 12, 31),
            Goals = [new() { Id = "g1", Metric = "Demos_Booked", Baseline = 10, Target = 50 }],
            Tactics = [new() { Id = "t1", Activities = [new() { Metric = "demos_booked", Target = 1, Per = "week" }] }],
            People = [new() { Handle = "eva" }, new() { Handle = "max" }],
        };
        var facts = new ActivityFacts([
            new(new(2026, 12, 31), "eva", "demos_booked", 100), new(new(2027, 2, 1), "eva", "demos_booked", 6, "t9"),
            new(new(2027, 6, 30), "max", "demos_booked", 4), new(new(2027, 7, 1), "max", "demos_booked", 100),
            new(new(2027, 3, 1), "stranger", "demos_booked", 100),
        ]);

        var progress = Assert.Single(GoalProgressCalculator.Of(plan, facts, Today));

        Assert.Equal((20m, GoalValueSource.Activity, 0.25m), (progress.Current, progress.Source, progress.RawProgress));
        Assert.Equal("10 + 10 logged = 20; (20 - 10) / (50 - 10) = 0.25", progress.Formula);
    }

    [Fact]
    public void A_measurement_wins_over_logged_activity()
    {
        var goal = Goal("0", "10", "2027-06-01=3");

        Assert.Equal((3m, GoalValueSource.Measurement), (GoalProgressCalculator.Of(goal, Today, logged: 8).Current, GoalProgressCalculator.Of(goal, Today, 8).Source));
    }
}
