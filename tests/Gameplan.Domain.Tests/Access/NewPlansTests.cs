using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Access;

public sealed class NewPlansTests
{
    [Theory]
    [InlineData("admin", PlanScope.Organization, "Organization,Team,Person")]
    [InlineData("exec", PlanScope.Organization, "Organization,Team,Person")]
    [InlineData("east-manager", PlanScope.Team, "Team,Person")]
    [InlineData("east-rep", PlanScope.Person, "Person")]
    public void A_new_plan_starts_at_the_scope_the_role_plans_at_and_offers_only_scopes_it_could_then_change(string who, PlanScope expected, string offered)
    {
        var actor = AccessCast.Actors[who];

        Assert.Equal(expected, NewPlans.DefaultScope(actor));
        Assert.Equal(offered, string.Join(',', NewPlans.ScopesFor(actor)));
        Assert.Contains(NewPlans.DefaultScope(actor), NewPlans.ScopesFor(actor));
    }

    [Fact]
    public void A_manager_without_a_team_starts_a_personal_plan()
    {
        var actor = Actor.For(9, Gameplan.Domain.People.PersonRole.Manager, null, AccessCast.Tree);

        Assert.Equal(PlanScope.Person, NewPlans.DefaultScope(actor));
        Assert.Equal([PlanScope.Person], NewPlans.ScopesFor(actor));
    }
}
