using Gameplan.Domain.Plans;
using static Gameplan.Domain.Tests.Plans.PlanBuilder;

namespace Gameplan.Domain.Tests.Plans;

public sealed class StrategicPlanTests
{
    [Fact]
    public void Elements_get_the_next_free_key_of_their_kind()
    {
        var plan = Plan();
        plan.AddGoal(Goal("g2"), Now);

        var goal = plan.AddGoal(Goal(), Now);
        var strategy = plan.AddStrategy(Strategy(null, "g1", "g2"), Now);
        var tactic = plan.AddTactic(strategy, Tactic(), Now);

        Assert.Equal(("g1", "s1", "t1"), (goal.Key, strategy.Key, tactic.Key));
        Assert.Equal(["g1", "g2"], strategy.Goals.Select(g => g.Key).Order());
    }

    [Theory]
    [InlineData("g1", "is already used")]
    [InlineData("has space", "must be 1-40 letters")]
    public void A_bad_or_taken_key_is_refused_naming_the_key(string key, string reason)
    {
        var plan = Plan();
        plan.AddGoal(Goal("g1"), Now);

        var error = Assert.Throws<DomainRuleException>(() => plan.AddGoal(Goal(key), Now));

        Assert.Equal("key", error.Field);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_tactic_key_is_unique_across_all_strategies()
    {
        var plan = Plan();
        plan.AddTactic(plan.AddStrategy(Strategy("s1"), Now), Tactic("t1"), Now);
        var other = plan.AddStrategy(Strategy("s2"), Now);

        Assert.Throws<DomainRuleException>(() => plan.AddTactic(other, Tactic("T1"), Now));
    }

    [Fact]
    public void A_strategy_cannot_serve_a_goal_the_plan_does_not_have()
    {
        var error = Assert.Throws<DomainRuleException>(() => Plan().AddStrategy(Strategy(null, "g9"), Now));

        Assert.Equal("goals", error.Field);
    }

    [Fact]
    public void Removing_a_goal_unlinks_it_from_every_strategy()
    {
        var plan = Plan();
        var goal = plan.AddGoal(Goal("g1"), Now);
        var strategy = plan.AddStrategy(Strategy(null, "g1"), Now);

        plan.RemoveGoal(goal, Now);

        Assert.Empty(plan.Goals);
        Assert.Empty(strategy.Goals);
    }

    [Fact]
    public void Moving_a_tactic_renumbers_both_strategies()
    {
        var plan = Plan();
        var from = plan.AddStrategy(Strategy("s1"), Now);
        var to = plan.AddStrategy(Strategy("s2"), Now);
        var first = plan.AddTactic(from, Tactic(), Now);
        var second = plan.AddTactic(from, Tactic(), Now);
        plan.AddTactic(to, Tactic(), Now);

        plan.MoveTactic(first, to, Now);

        Assert.Equal([second], from.Tactics);
        Assert.Equal((0, 1), (second.Position, first.Position));
        Assert.Same(to, plan.StrategyOf(first));
    }

    [Fact]
    public void Every_change_raises_the_version()
    {
        var plan = Plan();
        var before = plan.Version;

        plan.AddGoal(Goal(), Now);
        plan.UpdateHeader(Header(), Now.AddMinutes(1));

        Assert.Equal(before + 2, plan.Version);
        Assert.Equal(Now.AddMinutes(1), plan.UpdatedAt);
    }

    [Theory]
    [InlineData(PlanScope.Team, null, 1, "team")]
    [InlineData(PlanScope.Person, null, null, "owner")]
    public void A_team_or_personal_plan_needs_its_team_or_person(PlanScope scope, int? teamId, int? ownerId, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => Plan(scope, teamId, ownerId));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var header = Header() with { PeriodEnd = new DateOnly(2026, 12, 31) };

        var error = Assert.Throws<DomainRuleException>(() => new StrategicPlan(1, header, Now));

        Assert.Equal("period.end", error.Field);
    }
}
