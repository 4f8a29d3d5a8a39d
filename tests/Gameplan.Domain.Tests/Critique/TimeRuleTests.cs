using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class TimeRuleTests
{
    [Theory]
    [InlineData("2026-10-04", 1)]
    [InlineData("2026-12-15", 1)]
    [InlineData("2026-10-03", 0)]
    [InlineData("2026-06-01", 0)]
    public void Planning_that_starts_inside_the_window_is_late(string drafted, int expected) =>
        Assert.Equal(expected, (SoundPlan.Build() with { Drafted = DateOnly.Parse(drafted) }).FindingsOf("GP301").Count);

    [Fact]
    public void A_longer_planning_window_makes_the_same_draft_late() =>
        Assert.Single((SoundPlan.Build() with { Settings = new() { PlanningWindowDays = 120 } }).FindingsOf("GP301"));

    [Theory]
    [InlineData("2027-01-04", "2028-01-05", 1)]
    [InlineData("2026-12-28", "2027-01-15", 1)]
    [InlineData("2027-10-01", "2027-12-31", 0)]
    [InlineData("2027-01-01", "2027-01-01", 0)]
    public void A_tactic_outside_the_period_is_reported(string start, string due, int expected) =>
        Assert.Equal(expected, SoundPlan.Build()
            .WithTactic("t3", tactic => tactic with { Start = DateOnly.Parse(start), Due = DateOnly.Parse(due) })
            .FindingsOf("GP302").Count);

    [Theory]
    [InlineData("2027-03-31", 0)]
    [InlineData("2027-04-01", 1)]
    public void A_tactic_that_crosses_a_quarter_is_an_info(string due, int expected)
    {
        var findings = SoundPlan.Build().WithTactic("t3", tactic => tactic with { Due = DateOnly.Parse(due) }).FindingsOf("GP303");

        Assert.Equal(expected, findings.Count);
        Assert.All(findings, finding => Assert.Equal(FindingSeverity.Info, finding.Severity));
    }

    [Theory]
    [InlineData("2027-04-03", 0)]
    [InlineData("2027-04-04", 1)]
    public void A_strategic_review_falls_due_a_cadence_after_the_period_starts(string today, int expected) =>
        Assert.Equal(expected, SoundPlan.Build().FindingsOf("GP304", DateOnly.Parse(today)).Count);

    [Theory]
    [InlineData("2027-06-30", 0)]
    [InlineData("2027-07-02", 1)]
    public void A_held_strategic_review_restarts_the_clock(string today, int expected)
    {
        var plan = SoundPlan.Build() with { Reviews = [new() { Kind = "strategic", Date = new(2027, 3, 31), Held = true }] };

        Assert.Equal(expected, plan.FindingsOf("GP304", DateOnly.Parse(today)).Count);
    }

    [Theory]
    [InlineData("2027-02-12", 0)]
    [InlineData("2027-02-13", 1)]
    public void A_tactical_review_is_overdue_after_fourteen_days(string today, int expected)
    {
        var findings = SoundPlan.Build().FindingsOf("GP305", DateOnly.Parse(today));

        Assert.Equal(expected, findings.Count);
        Assert.All(findings, finding => Assert.Equal("reviews", finding.Path));
    }

    [Fact]
    public void Reviews_are_not_overdue_before_the_period_starts()
    {
        var plan = SoundPlan.Build() with { Reviews = [new() { Kind = "strategic", Date = new(2027, 3, 31) }] };

        Assert.Empty(plan.FindingsOf("GP304", new(2026, 12, 1)));
        Assert.Empty(plan.FindingsOf("GP305", new(2026, 12, 1)));
    }

    [Fact]
    public void A_review_that_is_planned_but_not_held_does_not_count()
    {
        var plan = SoundPlan.Build() with { Reviews = [new() { Kind = "tactical", Date = new(2027, 2, 10), Held = false }] };

        Assert.Single(plan.FindingsOf("GP305", new(2027, 2, 11)));
    }

    [Fact]
    public void A_plan_without_reviews_is_reported_once_not_as_overdue()
    {
        var plan = SoundPlan.Build() with { Reviews = [] };

        Assert.Equal("reviews", Assert.Single(plan.FindingsOf("GP306")).Path);
        Assert.Empty(plan.FindingsOf("GP305", new(2027, 3, 1)));
    }

    [Fact]
    public void One_scheduled_review_is_enough_to_not_be_reported_as_missing() =>
        Assert.Empty((SoundPlan.Build() with { Reviews = [new() { Kind = "one-on-one", Date = new(2027, 3, 1) }] }).FindingsOf("GP306"));

    [Fact]
    public void A_team_plan_drafted_only_by_managers_lacks_rep_commitment()
    {
        var plan = SoundPlan.Build()
            .WithTactic("t1", tactic => tactic with { Authors = ["dana"] })
            .WithTactic("t2", tactic => tactic with { Authors = ["dana"] })
            .WithTactic("t3", tactic => tactic with { Authors = ["sam"] });

        Assert.Equal("plan", Assert.Single(plan.FindingsOf("GP307")).Path);
        Assert.Empty((plan with { Scope = "organization" }).FindingsOf("GP307"));
        Assert.Empty(plan.WithTactic("t3", tactic => tactic with { Authors = ["sam", "ben"] }).FindingsOf("GP307"));
    }

    [Fact]
    public void An_assignee_who_has_not_acknowledged_is_named()
    {
        var plan = SoundPlan.Build().WithTactic("t1", tactic => tactic with { AcknowledgedBy = ["ana"] });

        var finding = Assert.Single(plan.FindingsOf("GP308"));

        Assert.Equal("strategies[s1].tactics[t1]", finding.Path);
        Assert.Contains("ben", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_named_assignees_need_to_acknowledge() =>
        Assert.Empty(SoundPlan.Build()
            .WithTactic("t1", tactic => tactic with { AcknowledgedBy = ["ana"] })
            .WithActivity("t1", new() { Metric = "prospecting_minutes", Unit = "minutes", Target = 60, Per = "day", Assignees = ["ana"] })
            .FindingsOf("GP308"));

    [Fact]
    public void The_owner_is_the_default_assignee() =>
        Assert.Single(SoundPlan.Build()
            .WithTactic("t3", tactic => tactic with { AcknowledgedBy = [] })
            .WithActivity("t3", new() { Metric = "renewal_calls", Unit = "count", Target = 5, Per = "week" })
            .FindingsOf("GP308"));
}
