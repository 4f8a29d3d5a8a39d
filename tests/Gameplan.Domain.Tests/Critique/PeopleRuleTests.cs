using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class PeopleRuleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 0)]
    public void More_strategies_than_the_maximum_is_a_lack_of_focus(int max, int expected) =>
        Assert.Equal(expected, (SoundPlan.Build() with { Settings = new() { MaxStrategies = max } }).FindingsOf("GP401").Count);

    [Theory]
    [InlineData(2, 1)]
    [InlineData(1, 0)]
    public void A_person_accountable_for_more_than_three_items_is_reported(int extraGoals, int expected)
    {
        var plan = SoundPlan.Build();
        plan = plan with { Goals = [.. plan.Goals, .. Enumerable.Range(3, extraGoals).Select(n => plan.Goals[0] with { Id = $"g{n}" })] };

        var findings = plan.FindingsOf("GP402");

        Assert.Equal(expected, findings.Count);
        Assert.All(findings, finding => Assert.Equal("people[dana]", finding.Path));
    }

    [Theory]
    [InlineData("hours", 30, "week", FindingSeverity.Warning)]
    [InlineData("hours", 36, "week", FindingSeverity.Error)]
    [InlineData("minutes", 480, "day", FindingSeverity.Error)]
    [InlineData("hours", 130, "month", FindingSeverity.Warning)]
    public void Committed_hours_over_capacity_are_an_error_and_near_it_a_warning(string unit, int target, string per, FindingSeverity severity)
    {
        // Ben already prospects 5 hours a week for t1; t3 runs at the same time.
        var plan = SoundPlan.Build().WithActivity("t3", new() { Metric = "calls", Unit = unit, Target = target, Per = per });

        var finding = Assert.Single(plan.FindingsOf("GP403"));

        Assert.Equal(severity, finding.Severity);
        Assert.Equal("people[ben]", finding.Path);
    }

    [Fact]
    public void Exactly_eighty_percent_of_capacity_is_not_reported() =>
        Assert.Empty(SoundPlan.Build().WithActivity("t3", new() { Metric = "calls", Unit = "hours", Target = 27, Per = "week" }).FindingsOf("GP403"));

    [Fact]
    public void Tactics_that_do_not_overlap_do_not_add_up() =>
        Assert.Empty(SoundPlan.Build()
            .WithActivity("t3", new() { Metric = "calls", Unit = "hours", Target = 31, Per = "week" })
            .WithTactic("t3", tactic => tactic with { Start = new(2027, 4, 1), Due = new(2027, 6, 30) })
            .FindingsOf("GP403"));

    [Fact]
    public void Counted_activities_do_not_use_capacity() =>
        Assert.Empty(SoundPlan.Build().WithActivity("t3", new() { Metric = "calls", Unit = "count", Target = 100, Per = "week" }).FindingsOf("GP403"));

    [Fact]
    public void One_off_effort_is_spread_over_the_tactic_weeks()
    {
        // t3 runs 87 days (12.4 weeks): 400 hours is 32 hours a week, plus 5 hours of prospecting.
        var plan = SoundPlan.Build().WithTactic("t3", tactic => tactic with { EffortHours = 400 });

        Assert.Equal(FindingSeverity.Warning, Assert.Single(plan.FindingsOf("GP403")).Severity);
    }

    [Fact]
    public void A_person_without_a_capacity_is_not_checked()
    {
        var plan = SoundPlan.Build() with
        {
            People = [.. SoundPlan.Build().People.Select(person => person with { CapacityHoursPerWeek = null })],
        };

        Assert.Empty(plan.WithActivity("t3", new() { Metric = "calls", Unit = "hours", Target = 60, Per = "week" }).FindingsOf("GP403"));
    }

    [Theory]
    [InlineData("bob", 1)]
    [InlineData("team", 0)]
    [InlineData("Ben", 0)]
    public void An_owner_who_is_not_a_known_person_is_reported(string owner, int expected) =>
        Assert.Equal(expected, SoundPlan.Build().WithTactic("t3", tactic => tactic with { Owner = owner }).FindingsOf("GP404").Count);

    [Fact]
    public void Unknown_people_are_reported_wherever_they_are_referenced()
    {
        var plan = (SoundPlan.Build() with { Owner = "olga" })
            .WithGoal("g1", goal => goal with { Dri = ["zoe"] })
            .WithTactic("t1", tactic => tactic with { AcknowledgedBy = ["ana", "ben", "zed"] })
            .WithActivity("t2", new() { Metric = "demos", Unit = "count", Target = 3, Per = "quarter", Assignees = ["ana", "yan"] });

        var paths = plan.FindingsOf("GP404").Select(finding => finding.Path).ToList();

        Assert.Equal(["goals[g1]", "plan", "strategies[s1].tactics[t1]", "strategies[s1].tactics[t2]"], paths);
    }
}
