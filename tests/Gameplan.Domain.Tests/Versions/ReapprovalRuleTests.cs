using Gameplan.Domain.Organizations;
using Gameplan.Domain.Versions;

namespace Gameplan.Domain.Tests.Versions;

public sealed class ReapprovalRuleTests
{
    private static PlanChange Changed(string path, string field = "target") => new(path, PlanChangeKind.Changed, [new FieldChange(field, "1", "2")]);

    private static PlanChange Added(string path) => new(path, PlanChangeKind.Added, []);

    private static PlanChange Removed(string path) => new(path, PlanChangeKind.Removed, []);

    private static PlanChange Moved(string path) => new(path, PlanChangeKind.Moved, [new FieldChange("parent", "strategies[s1]", "strategies[s2]")]);

    private static PlanDiffResult Diff(PlanChange change) => new([change], new PlanDiffSummary(0, 0, 1, 0));

    /// <summary>One difference, and whether it needs approval again under any, goals_and_strategies and none.</summary>
    public static TheoryData<string, PlanChange, bool, bool> Cases => new()
    {
        { "a goal's target", Changed("goals[g1]"), true, true },
        { "a goal added", Added("goals[g4]"), true, true },
        { "a goal removed", Removed("goals[g2]"), true, true },
        { "a strategy's statement", Changed("strategies[s1]", "statement"), true, true },
        { "a strategy with a dot in its key", Changed("strategies[s.1]", "statement"), true, true },
        { "a strategy added", Added("strategies[s5]"), true, true },
        { "a tactic under a strategy", Changed("strategies[s1].tactics[t1]", "due"), true, false },
        { "a tactic added", Added("strategies[s1].tactics[t9]"), true, false },
        { "a tactic moved to another strategy", Moved("strategies[s2].tactics[t1]"), true, false },
        { "an unplaced tactic", Changed("tactics[t3]", "owner"), true, false },
        { "a commitment's target", Changed("strategies[s1].tactics[t1].activities[calls]"), true, false },
        { "a review", Added("reviews[tactical 2027-02-01]"), true, false },
        { "the plan's mission", Changed("plan", "mission"), true, false },
        { "the plan's own settings", Changed("settings", "max_strategies"), true, false },
        { "a goal measurement", Added("goals[g1].measurements[2027-01-31]"), false, false },
        { "a measurement's value", Changed("goals[g1].measurements[2027-01-31]", "value"), false, false },
        { "a commitment acknowledged", Changed("strategies[s1].tactics[t1].activities[calls]", "acknowledged_by"), false, false },
        { "a tactic's acknowledgements", Changed("strategies[s1].tactics[t1]", "acknowledged_by"), false, false },
        { "a person's capacity", Changed("people[lena]", "capacity_hours_per_week"), false, false },
        { "a person named by the plan for the first time", Added("people[mateo]"), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_sends_an_approved_plan_back_to_review_only_for_the_changes_it_names(string situation, PlanChange change, bool any, bool goalsAndStrategies)
    {
        var diff = Diff(change);

        Assert.True(any == ReapprovalRule.Needs(Reapproval.Any, diff), $"{situation} under any");
        Assert.True(goalsAndStrategies == ReapprovalRule.Needs(Reapproval.GoalsAndStrategies, diff), $"{situation} under goals_and_strategies");
        Assert.False(ReapprovalRule.Needs(Reapproval.None, diff), $"{situation} under none");
    }

    [Fact]
    public void A_change_keeps_its_real_fields_and_loses_only_the_acknowledgements()
    {
        var change = new PlanChange("strategies[s1].tactics[t1]", PlanChangeKind.Changed,
            [new FieldChange("acknowledged_by", "[]", "[lena]"), new FieldChange("due", "2027-03-31", "2027-04-30")]);

        var kept = Assert.Single(ReapprovalRule.Changes(Diff(change)));

        Assert.Equal(["due"], kept.Fields.Select(f => f.Field));
    }

    [Fact]
    public void The_same_plan_needs_nothing_under_any_rule()
    {
        var same = new PlanDiffResult([], new PlanDiffSummary(0, 0, 0, 0));

        Assert.All(Enum.GetValues<Reapproval>(), rule => Assert.False(ReapprovalRule.Needs(rule, same)));
    }
}
