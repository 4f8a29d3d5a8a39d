using Gameplan.Domain.Access;

namespace Gameplan.Domain.Tests.Access;

public sealed class PlanAccessTests
{
    private static readonly IReadOnlyDictionary<string, Actor> Actors = AccessCast.Actors;

    private static readonly IReadOnlyDictionary<string, PlanFacts> Plans = AccessCast.Plans;

    [Theory]
    // actor, plan, read, edit, draft tactics, approve
    [InlineData("admin", "west-rep-own", true, true, true, true)]
    [InlineData("exec", "east-team", true, true, true, true)]
    [InlineData("east-manager", "org", true, false, false, false)]
    [InlineData("east-manager", "sales-team", true, false, false, false)]
    [InlineData("east-manager", "east-team", true, true, true, false)]
    [InlineData("east-manager", "enterprise-team", true, true, true, true)]
    [InlineData("east-manager", "west-team", false, false, false, false)]
    [InlineData("east-manager", "east-rep-own", true, true, true, true)]
    [InlineData("east-manager", "west-rep-own", false, false, false, false)]
    [InlineData("east-rep", "org", true, false, false, false)]
    [InlineData("east-rep", "sales-team", true, false, false, false)]
    [InlineData("east-rep", "east-team", true, false, true, false)]
    [InlineData("east-rep", "enterprise-team", false, false, false, false)]
    [InlineData("east-rep", "west-team", false, false, false, false)]
    [InlineData("east-rep", "east-rep-own", true, true, true, false)]
    [InlineData("east-rep", "west-rep-own", false, false, false, false)]
    [InlineData("enterprise-rep", "east-team", true, false, false, false)]
    [InlineData("west-rep", "east-rep-own", false, false, false, false)]
    public void The_role_matrix_holds(string actor, string plan, bool read, bool edit, bool draft, bool approve)
    {
        var who = Actors[actor];
        var what = Plans[plan];

        Assert.Equal(
            (read, edit, draft, approve),
            (PlanAccess.Allows(who, what, PlanPermission.Read), PlanAccess.Allows(who, what, PlanPermission.Edit),
             PlanAccess.Allows(who, what, PlanPermission.DraftTactics), PlanAccess.Allows(who, what, PlanPermission.Approve)));
    }

    [Fact]
    public void A_rep_changes_only_the_tactics_they_authored_in_their_team_plan()
    {
        var rep = Actors["east-rep"];
        var plan = Plans["east-team"];

        Assert.True(PlanAccess.MayChangeTactic(rep, plan, [4, 5]));
        Assert.False(PlanAccess.MayChangeTactic(rep, plan, [3]));
        Assert.True(PlanAccess.MayChangeTactic(Actors["east-manager"], plan, [3]));
    }

    [Fact]
    public void A_manager_leads_their_team_and_every_team_beneath_it()
    {
        Assert.Equal([2, 4], Actors["east-manager"].ManagedTeams.Order());
        Assert.Equal([2, 1], Actors["east-rep"].TeamAndAncestors);
        Assert.Empty(Actors["east-rep"].ManagedTeams);
    }
}
