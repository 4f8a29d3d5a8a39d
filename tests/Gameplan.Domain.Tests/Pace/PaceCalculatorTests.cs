using System.Globalization;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Tests.Pace;

public sealed class PaceCalculatorTests
{
    private static CommitmentPace Eva(DateOnly today, params ActivityFact[] log) =>
        Assert.Single(PaceCalculator.Of(PacePlan.Build(), new ActivityFacts(log), today), pace => pace.Person == "eva");

    [Fact]
    public void Six_working_days_into_eighteen_at_eight_calls_a_day_is_the_issue_example()
    {
        var pace = Eva(PacePlan.SixthDay, PacePlan.Logged("2027-01-05", "eva", 40), PacePlan.Logged("2027-01-11", "eva", 8));

        Assert.Equal(("t1", "calls", "eva"), (pace.TacticId, pace.Metric, pace.Person));
        Assert.Equal((60m, 48m, 180m, 144m, 0.8m), (pace.TargetToDate, pace.ActualToDate, pace.TargetTotal, pace.ProjectedTotal, pace.Attainment));
        Assert.Equal((6, 18, PaceStatus.AtRisk), (pace.ElapsedWorkingDays, pace.TotalWorkingDays, pace.Status));
    }

    [Theory]
    [InlineData("75", PaceStatus.OnTrack)]
    [InlineData("60", PaceStatus.OnTrack)]
    [InlineData("59.99", PaceStatus.AtRisk)]
    [InlineData("48", PaceStatus.AtRisk)]
    [InlineData("47.99", PaceStatus.OffTrack)]
    [InlineData("0", PaceStatus.OffTrack)]
    public void The_status_turns_at_attainments_of_one_and_eight_tenths(string logged, PaceStatus expected) =>
        Assert.Equal(expected, Eva(PacePlan.SixthDay, PacePlan.Logged("2027-01-06", "eva", decimal.Parse(logged, CultureInfo.InvariantCulture))).Status);

    [Fact]
    public void Before_the_start_nothing_is_due_and_there_is_no_attainment_or_projection()
    {
        var pace = Eva(new(2027, 1, 3), PacePlan.Logged("2027-01-02", "eva", 5));

        Assert.Equal((0m, 0m, 180m), (pace.TargetToDate, pace.ActualToDate, pace.TargetTotal));
        Assert.Equal((null, null, PaceStatus.NotStarted), (pace.Attainment, pace.ProjectedTotal, pace.Status));
    }

    [Fact]
    public void A_tactic_without_working_days_has_no_target_and_never_starts()
    {
        var plan = PacePlan.Build() with { Settings = new() { Holidays = [.. Enumerable.Range(0, 24).Select(day => PacePlan.Start.AddDays(day))] } };

        var pace = Assert.Single(PaceCalculator.Of(plan, new ActivityFacts([PacePlan.Logged("2027-01-05", "eva", 5)]), new(2027, 2, 1)));

        Assert.Equal((0m, 5m, 0m, 0, 0), (pace.TargetToDate, pace.ActualToDate, pace.TargetTotal, pace.ElapsedWorkingDays, pace.TotalWorkingDays));
        Assert.Equal((null, null, PaceStatus.NotStarted), (pace.Attainment, pace.ProjectedTotal, pace.Status));
    }

    [Fact]
    public void After_the_due_date_the_whole_target_is_due_and_the_projection_is_what_was_done()
    {
        var pace = Eva(new(2027, 2, 15), PacePlan.Logged("2027-01-27", "eva", 90), PacePlan.Logged("2027-01-28", "eva", 500));

        Assert.Equal((180m, 90m, 90m, 0.5m, 18), (pace.TargetToDate, pace.ActualToDate, pace.ProjectedTotal, pace.Attainment, pace.ElapsedWorkingDays));
    }

    [Fact]
    public void Activity_before_the_start_or_after_today_does_not_count()
    {
        var pace = Eva(PacePlan.SixthDay,
            PacePlan.Logged("2027-01-03", "eva", 100), PacePlan.Logged("2027-01-04", "eva", 1),
            PacePlan.Logged("2027-01-11", "eva", 2), PacePlan.Logged("2027-01-12", "eva", 100));

        Assert.Equal(3m, pace.ActualToDate);
    }

    [Fact]
    public void Activity_on_a_weekend_within_the_span_counts() =>
        Assert.Equal(7m, Eva(PacePlan.SixthDay, PacePlan.Logged("2027-01-09", "eva", 7)).ActualToDate);

    [Fact]
    public void Activity_of_people_who_are_not_assignees_or_of_another_metric_or_tactic_does_not_count()
    {
        var pace = Eva(PacePlan.SixthDay,
            PacePlan.Logged("2027-01-05", "olga", 100), PacePlan.Logged("2027-01-05", "eva", 100, metric: "demos"),
            PacePlan.Logged("2027-01-05", "eva", 100, tactic: "t9"), PacePlan.Logged("2027-01-05", " EVA ", 4, tactic: "T1"),
            PacePlan.Logged("2027-01-06", "eva", 5));

        Assert.Equal(9m, pace.ActualToDate);
    }

    [Theory]
    [InlineData("", "eva", "eva")]
    [InlineData("owner", "eva", "eva")]
    [InlineData("team", "eva", "eva,max")]
    [InlineData("owner,team,olga", "eva", "eva,max,olga")]
    [InlineData("owner", "team", "eva,max")]
    [InlineData("owner", "", "")]
    public void Each_assignee_gets_a_target(string assignees, string owner, string expected)
    {
        var plan = PacePlan.Build(PacePlan.Calls("day", 10, assignees.Split(',', StringSplitOptions.RemoveEmptyEntries)), owner);

        var paces = PaceCalculator.Of(plan, new ActivityFacts([PacePlan.Logged("2027-01-05", "olga", 3)]), PacePlan.SixthDay);

        Assert.Equal(expected, string.Join(",", paces.Select(pace => pace.Person)));
        Assert.All(paces, pace => Assert.Equal(60m, pace.TargetToDate));
    }

    [Theory]
    [InlineData(null, "10")]
    [InlineData("fortnight", "10")]
    [InlineData("day", null)]
    [InlineData("day", "0")]
    public void A_commitment_without_a_known_per_or_a_positive_target_has_no_pace(string? per, string? target)
    {
        var activity = new ActivityDocument { Metric = "calls", Per = per, Target = target is null ? null : decimal.Parse(target, CultureInfo.InvariantCulture) };

        Assert.Empty(PaceCalculator.Of(PacePlan.Build(activity), new ActivityFacts([]), PacePlan.SixthDay));
    }

    [Fact]
    public void Totals_supplied_by_the_caller_give_the_same_pace_as_logged_entries()
    {
        ActivityFact[] log = [PacePlan.Logged("2027-01-05", "eva", 40), PacePlan.Logged("2027-01-11", "eva", 8), PacePlan.Logged("2027-01-12", "eva", 8)];
        var fromTotals = ActivityFacts.FromTotals((person, metric, from, to, tactic) =>
            person == "eva" && metric == "calls" && tactic == "t1" ? log.Where(entry => entry.Date >= from && entry.Date <= to).Sum(entry => entry.Quantity) : 0m);

        Assert.Equal(PaceCalculator.Of(PacePlan.Build(), new ActivityFacts(log), PacePlan.SixthDay), PaceCalculator.Of(PacePlan.Build(), fromTotals, PacePlan.SixthDay));
    }
}
