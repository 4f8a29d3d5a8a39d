using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class StructureRuleTests
{
    private static readonly Dictionary<string, Func<PlanDocument, PlanDocument>> Edits = new()
    {
        ["no mission"] = plan => plan with { Mission = null },
        ["a blank mission"] = plan => plan with { Mission = "  " },
        ["a one-word mission"] = plan => plan with { Mission = "Sell." },
        ["no desired position"] = plan => plan with { BackgroundDesired = null },
        ["no current position"] = plan => plan with { BackgroundCurrent = "" },
        ["a terse background"] = plan => plan with { BackgroundCurrent = "Flat.", BackgroundDesired = "Growth." },
        ["no customer values"] = plan => plan with { CustomerValues = null },
        ["no customer at all"] = plan => plan with { CustomerWho = null, CustomerValues = null },
        ["a terse customer"] = plan => plan with { CustomerWho = "Clinics.", CustomerValues = "Speed." },
        ["no goals"] = plan => plan with { Goals = [] },
        ["no goal with a target"] = plan => plan with { Goals = [.. plan.Goals.Select(goal => goal with { Target = null })] },
        ["one goal of two without a target"] = plan => plan.WithGoal("g2", goal => goal with { Target = null }),
        ["a goal without a due date"] = plan => plan.WithGoal("g2", goal => goal with { Due = null }),
        ["a goal without a metric"] = plan => plan.WithGoal("g2", goal => goal with { Metric = " " }),
        ["a goal without a baseline"] = plan => plan.WithGoal("g2", goal => goal with { Baseline = null }),
        ["a strategy without a DRI"] = plan => plan.WithStrategy("s1", strategy => strategy with { Dri = [] }),
        ["a strategy with two DRIs"] = plan => plan.WithStrategy("s1", strategy => strategy with { Dri = ["sam", "dana"] }),
        ["a goal with the team as DRI"] = plan => plan.WithGoal("g1", goal => goal with { Dri = ["team"] }),
        ["a DRI in capitals"] = plan => plan.WithGoal("g1", goal => goal with { Dri = ["Dana"] }),
        ["a strategy without tactics"] = plan => plan.WithStrategy("s2", strategy => strategy with { Tactics = [] }),
        ["a tactic under no strategy"] = plan => plan with { Tactics = [plan.Strategies[1].Tactics[0] with { Id = "t9" }] },
        ["a tactic without an owner"] = plan => plan.WithTactic("t3", tactic => tactic with { Owner = null }),
        ["a tactic owned by the team"] = plan => plan.WithTactic("t3", tactic => tactic with { Owner = "team" }),
        ["a tactic without a due date"] = plan => plan.WithTactic("t3", tactic => tactic with { Due = null }),
        ["a tactic without a start date"] = plan => plan.WithTactic("t3", tactic => tactic with { Start = null }),
        ["a tactic silent on resources"] = plan => plan.WithTactic("t3", tactic => tactic with { Resources = null }),
        ["a tactic that needs no resources"] = plan => plan.WithTactic("t1", tactic => tactic with { Resources = [] }),
        ["a tactic without activities"] = plan => plan.WithTactic("t3", tactic => tactic with { Activities = [] }),
        ["a tactic with a zero target"] = plan => plan.WithActivity("t3", new() { Metric = "renewal_calls", Unit = "count", Target = 0, Per = "week" }),
        ["a tactic with a counted activity"] = plan => plan.WithActivity("t3", new() { Metric = "emails", Unit = "count", Target = 1, Per = "period" }),
        ["a strategy linked to no goal"] = plan => plan.WithStrategy("s2", strategy => strategy with { Goals = [] }),
        ["a strategy linked to an unknown goal"] = plan => plan.WithStrategy("s2", strategy => strategy with { Goals = ["g9"] }),
        ["a strategy linked to an unknown and a known goal"] = plan => plan.WithStrategy("s2", strategy => strategy with { Goals = ["g9", "g2"] }),
        ["a goal no strategy serves"] = plan => plan with { Goals = [.. plan.Goals, plan.Goals[0] with { Id = "g3" }] },
        ["a goal served by two strategies"] = plan => plan.WithStrategy("s2", strategy => strategy with { Goals = ["g1", "g2"] }),
    };

    [Theory]
    [InlineData("GP101", "no mission", "plan")]
    [InlineData("GP101", "a blank mission", "plan")]
    [InlineData("GP102", "no desired position", "plan")]
    [InlineData("GP102", "no current position", "plan")]
    [InlineData("GP103", "no customer values", "plan")]
    [InlineData("GP103", "no customer at all", "plan")]
    [InlineData("GP104", "no goals", "goals")]
    [InlineData("GP104", "no goal with a target", "goals")]
    [InlineData("GP105", "a goal without a due date", "goals[g2]")]
    [InlineData("GP105", "a goal without a metric", "goals[g2]")]
    [InlineData("GP106", "a strategy without a DRI", "strategies[s1]")]
    [InlineData("GP106", "a strategy with two DRIs", "strategies[s1]")]
    [InlineData("GP106", "a goal with the team as DRI", "goals[g1]")]
    [InlineData("GP107", "a strategy without tactics", "strategies[s2]")]
    [InlineData("GP108", "a tactic under no strategy", "tactics[t9]")]
    [InlineData("GP109", "a tactic without an owner", "strategies[s2].tactics[t3]")]
    [InlineData("GP110", "a tactic without a due date", "strategies[s2].tactics[t3]")]
    [InlineData("GP111", "a tactic silent on resources", "strategies[s2].tactics[t3]")]
    [InlineData("GP112", "a tactic without activities", "strategies[s2].tactics[t3]")]
    [InlineData("GP112", "a tactic with a zero target", "strategies[s2].tactics[t3]")]
    [InlineData("GP113", "a strategy linked to no goal", "strategies[s2]")]
    [InlineData("GP113", "a strategy linked to an unknown goal", "strategies[s2]")]
    [InlineData("GP114", "a goal no strategy serves", "goals[g3]")]
    public void A_broken_plan_part_is_reported_at_its_path(string rule, string edit, string path)
    {
        var findings = Edits[edit](SoundPlan.Build()).FindingsOf(rule);

        var finding = Assert.Single(findings);
        Assert.Equal(path, finding.Path);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.False(string.IsNullOrWhiteSpace(finding.Advice));
    }

    [Theory]
    [InlineData("GP101", "a one-word mission")]
    [InlineData("GP102", "a terse background")]
    [InlineData("GP103", "a terse customer")]
    [InlineData("GP104", "one goal of two without a target")]
    [InlineData("GP105", "a goal without a baseline")]
    [InlineData("GP106", "a DRI in capitals")]
    [InlineData("GP107", "a tactic under no strategy")]
    [InlineData("GP108", "a strategy without tactics")]
    [InlineData("GP109", "a tactic owned by the team")]
    [InlineData("GP110", "a tactic without a start date")]
    [InlineData("GP111", "a tactic that needs no resources")]
    [InlineData("GP112", "a tactic with a counted activity")]
    [InlineData("GP113", "a strategy linked to an unknown and a known goal")]
    [InlineData("GP114", "a goal served by two strategies")]
    public void A_near_miss_is_not_reported(string rule, string edit) =>
        Assert.Empty(Edits[edit](SoundPlan.Build()).FindingsOf(rule));

    [Fact]
    public void A_goal_message_names_the_goal_and_what_it_lacks()
    {
        var finding = Assert.Single(SoundPlan.Build().WithGoal("g2", goal => goal with { Target = null, Due = null }).FindingsOf("GP105"));

        Assert.Equal("Goal 'Keep annual churn under 5%' is not measurable: it has no target or due date.", finding.Message);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void An_item_without_an_id_is_pathed_by_its_position() =>
        Assert.Equal("strategies[1]", Assert.Single(SoundPlan.Build()
            .WithStrategy("s2", strategy => strategy with { Id = null, Tactics = [] }).FindingsOf("GP107")).Path);
}
