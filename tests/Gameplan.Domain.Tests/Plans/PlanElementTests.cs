using Gameplan.Domain.Plans;
using static Gameplan.Domain.Tests.Plans.PlanBuilder;

namespace Gameplan.Domain.Tests.Plans;

public sealed class PlanElementTests
{
    [Theory]
    [InlineData(42, 80, GoalDirection.Increase)]
    [InlineData(7, 5, GoalDirection.Decrease)]
    [InlineData(95, 95, GoalDirection.Maintain)]
    [InlineData(null, 80, GoalDirection.Increase)]
    public void A_goal_direction_follows_baseline_and_target_unless_stated(int? baseline, int target, GoalDirection expected)
    {
        var goal = Plan().AddGoal(Goal(baseline: baseline, target: target), Now);

        Assert.Equal(expected, goal.Direction);
    }

    [Fact]
    public void A_stated_direction_wins_over_the_inferred_one()
    {
        var goal = Plan().AddGoal(Goal(baseline: 5, target: 5, direction: GoalDirection.Increase), Now);

        Assert.Equal(GoalDirection.Increase, goal.Direction);
    }

    [Fact]
    public void A_goal_may_be_a_draft_without_metric_target_or_due()
    {
        var goal = Plan().AddGoal(new GoalFields(null, "Grow again", null, null, null, null, null, null), Now);

        Assert.False(goal.IsMeasurable);
    }

    [Fact]
    public void A_tactic_due_before_it_starts_is_refused_naming_due()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy(), Now);

        var error = Assert.Throws<DomainRuleException>(() =>
            plan.AddTactic(strategy, Tactic(start: new DateOnly(2027, 3, 1), due: new DateOnly(2027, 2, 1)), Now));

        Assert.Equal("due", error.Field);
    }

    [Fact]
    public void A_tactic_cannot_be_owned_by_a_person_and_the_team_at_once()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy(), Now);

        var error = Assert.Throws<DomainRuleException>(() => plan.AddTactic(strategy, Tactic(owner: new TacticOwner(4, true)), Now));

        Assert.Equal("owner", error.Field);
    }

    [Fact]
    public void Resources_keep_the_difference_between_none_needed_and_not_stated()
    {
        var plan = Plan();
        var strategy = plan.AddStrategy(Strategy(), Now);

        var none = plan.AddTactic(strategy, Tactic() with { Resources = [] }, Now);
        var unstated = plan.AddTactic(strategy, Tactic() with { Resources = null }, Now);
        var cleaned = plan.AddTactic(strategy, Tactic() with { Resources = [" CRM ", "crm", ""] }, Now);

        Assert.Equal([], none.Resources);
        Assert.Null(unstated.Resources);
        Assert.Equal(["CRM"], cleaned.Resources);
    }

    [Theory]
    [InlineData(0, AssigneeMode.Team, new int[0], "target")]
    [InlineData(-5, AssigneeMode.Team, new int[0], "target")]
    [InlineData(3, AssigneeMode.Named, new int[0], "assignees")]
    public void A_commitment_needs_a_positive_target_and_named_people_when_named(decimal target, AssigneeMode mode, int[] people, string field)
    {
        var plan = Plan();
        var tactic = plan.AddTactic(plan.AddStrategy(Strategy(), Now), Tactic(), Now);

        var error = Assert.Throws<DomainRuleException>(() => plan.AddCommitment(tactic, Commitment(target, mode, people), Now));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Acknowledging_twice_records_one_acknowledgement()
    {
        var plan = Plan();
        var tactic = plan.AddTactic(plan.AddStrategy(Strategy(), Now), Tactic(), Now);
        var commitment = plan.AddCommitment(tactic, Commitment(assignees: AssigneeMode.Named, people: [2, 3]), Now);

        plan.Acknowledge(commitment, 2, new DateOnly(2026, 12, 1), Now);
        plan.Acknowledge(commitment, 2, new DateOnly(2026, 12, 2), Now);

        var acknowledgement = Assert.Single(commitment.Acknowledgements);
        Assert.Equal(new DateOnly(2026, 12, 1), acknowledgement.On);
    }

    [Fact]
    public void A_one_on_one_review_needs_the_person_coached()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Plan().AddReview(new ReviewFields(ReviewKind.OneOnOne, new DateOnly(2027, 2, 1), false, null), Now));

        Assert.Equal("person", error.Field);
    }
}
