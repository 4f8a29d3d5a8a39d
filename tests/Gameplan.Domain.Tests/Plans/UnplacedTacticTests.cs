using Gameplan.Domain.Organizations;
using static Gameplan.Domain.Tests.Plans.PlanBuilder;

namespace Gameplan.Domain.Tests.Plans;

/// <summary>Tactics tied to no strategy yet (a plan file's plan-level tactics), and the plan's own settings.</summary>
public sealed class UnplacedTacticTests
{
    [Fact]
    public void A_tactic_added_without_a_strategy_is_unplaced_and_still_part_of_the_plan()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy("s1"), Now);
        var placed = plan.AddTactic(strategy, Tactic("t1"), Now);

        var first = plan.AddTactic(null, Tactic("t8"), Now);
        var second = plan.AddTactic(null, Tactic(), Now);

        Assert.Equal([first, second], plan.UnplacedTactics);
        Assert.Equal((0, 1), (first.Position, second.Position));
        Assert.Equal("t2", second.Key);
        Assert.Null(plan.StrategyOf(first));
        Assert.Equal([placed], strategy.Tactics);
        Assert.Equal(3, plan.Tactics.Count);
    }

    [Fact]
    public void An_unplaced_tactic_key_must_not_clash_with_a_placed_one()
    {
        var plan = Plan();
        plan.AddTactic(plan.AddStrategy(Strategy("s1"), Now), Tactic("t1"), Now);

        var error = Assert.Throws<DomainRuleException>(() => plan.AddTactic(null, Tactic("T1"), Now));

        Assert.Equal("key", error.Field);
    }

    [Fact]
    public void Moving_an_unplaced_tactic_under_a_strategy_places_it_last_and_renumbers_the_rest()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy("s1"), Now);
        plan.AddTactic(strategy, Tactic(), Now);
        var loose = plan.AddTactic(null, Tactic(), Now);
        var other = plan.AddTactic(null, Tactic(), Now);
        var version = plan.Version;

        plan.MoveTactic(loose, strategy, Now);

        Assert.Same(strategy, plan.StrategyOf(loose));
        Assert.Equal(1, loose.Position);
        Assert.Equal([other], plan.UnplacedTactics);
        Assert.Equal(0, other.Position);
        Assert.Equal(version + 1, plan.Version);
    }

    [Fact]
    public void Removing_an_unplaced_tactic_takes_it_out_of_the_plan()
    {
        var plan = Plan();
        var loose = plan.AddTactic(null, Tactic(), Now);
        var kept = plan.AddTactic(null, Tactic(), Now);

        plan.RemoveTactic(loose, Now);

        Assert.Equal([kept], plan.Tactics);
        Assert.Equal(0, kept.Position);
    }

    [Fact]
    public void Removing_a_strategy_removes_its_tactics_but_keeps_the_unplaced_ones()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy("s1"), Now);
        plan.AddTactic(strategy, Tactic(), Now);
        var loose = plan.AddTactic(null, Tactic(), Now);

        plan.RemoveStrategy(strategy, Now);

        Assert.Equal([loose], plan.Tactics);
    }

    [Fact]
    public void Commitments_can_be_made_on_an_unplaced_tactic()
    {
        var plan = Plan();
        var loose = plan.AddTactic(null, Tactic(), Now);

        var commitment = plan.AddCommitment(loose, Commitment(), Now);

        Assert.Same(loose, plan.TacticOf(commitment));
    }

    [Fact]
    public void A_plan_keeps_its_own_settings_and_a_closed_plan_refuses_new_ones()
    {
        var plan = Plan();
        var version = plan.Version;

        plan.ChangeSettings(new PlanningSettings(maxStrategies: 3), Now);
        plan.ChangeSettings(new PlanningSettings(maxStrategies: 3), Now);

        Assert.Equal(3, plan.Settings.MaxStrategies);
        Assert.Equal(version + 1, plan.Version);
        plan.Submit(Now);
        plan.Approve(Now);
        plan.Close(Now);
        Assert.Throws<DomainRuleException>(() => plan.ChangeSettings(PlanningSettings.None, Now));
    }
}
