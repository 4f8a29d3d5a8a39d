using Gameplan.Domain.Access;
using static Gameplan.Domain.Tests.Access.AccessCast;

namespace Gameplan.Domain.Tests.Access;

/// <summary>Who adds tactics under a strategy and changes them afterwards: drafters of the plan, and the strategy's DRI.</summary>
public sealed class TacticDraftingAccessTests
{
    [Theory]
    // actor, plan, DRI of the strategy, may add tactics under it
    [InlineData("east-manager", "org", "east-manager", true)]
    [InlineData("east-manager", "org", "exec", false)]
    [InlineData("east-manager", "org", null, false)]
    [InlineData("east-manager", "sales-team", "east-manager", true)]
    [InlineData("east-manager", "west-team", "east-manager", false)]
    [InlineData("east-manager", "east-team", "exec", true)]
    [InlineData("east-rep", "org", "east-rep", true)]
    [InlineData("east-rep", "east-team", null, true)]
    [InlineData("east-rep", "org", "east-manager", false)]
    [InlineData("west-rep", "east-rep-own", "west-rep", false)]
    [InlineData("admin", "org", null, true)]
    public void The_dri_of_a_strategy_adds_tactics_under_it_in_any_plan_they_read(string actor, string plan, string? dri, bool allowed)
    {
        int? driId = dri is null ? null : Person(dri).Id;

        Assert.Equal(allowed, PlanAccess.MayDraftUnder(Actors[actor], Plan(plan), driId));
    }

    [Theory]
    // actor, plan, DRI of the tactic's strategy, author of the tactic, may change it
    [InlineData("east-manager", "org", "east-manager", "east-manager", true)]
    [InlineData("east-manager", "org", "east-manager", "exec", false)]
    [InlineData("east-manager", "org", "exec", "east-manager", false)]
    [InlineData("east-rep", "east-team", "east-manager", "east-rep", true)]
    [InlineData("east-rep", "east-team", "east-manager", "east-rep-2", false)]
    [InlineData("east-manager", "east-team", "exec", "east-rep", true)]
    [InlineData("exec", "org", "east-manager", "east-manager", true)]
    public void A_drafter_changes_only_the_tactics_they_authored(string actor, string plan, string dri, string author, bool allowed)
    {
        Assert.Equal(allowed, PlanAccess.MayChangeTactic(Actors[actor], Plan(plan), [Person(author).Id], Person(dri).Id));
    }
}
