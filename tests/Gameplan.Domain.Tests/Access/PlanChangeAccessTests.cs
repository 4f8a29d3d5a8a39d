using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using static Gameplan.Domain.Tests.Access.AccessCast;

namespace Gameplan.Domain.Tests.Access;

/// <summary>What a change makes is authorised, not only what it touches: the plan before and after, and every person it newly names.</summary>
public sealed class PlanChangeAccessTests
{
    [Theory]
    // actor, plan before, plan after, allowed
    [InlineData("east-rep", "east-rep-own", "east-rep-own", true)]
    [InlineData("east-rep", "east-rep-own", "org", false)]
    [InlineData("east-rep", "east-rep-own", "west-team", false)]
    [InlineData("east-rep", "east-rep-own", "east-team", false)]
    [InlineData("east-rep", "east-rep-own", "east-rep-2-own", false)]
    [InlineData("east-manager", "east-team", "east-team", true)]
    [InlineData("east-manager", "east-team", "enterprise-team", true)]
    [InlineData("east-manager", "east-team", "west-team", false)]
    [InlineData("east-manager", "east-team", "org", false)]
    [InlineData("east-manager", "east-rep-own", "east-rep-2-own", true)]
    [InlineData("east-manager", "east-rep-own", "west-rep-own", false)]
    [InlineData("west-manager", "east-team", "west-team", false)]
    [InlineData("exec", "east-team", "org", true)]
    [InlineData("admin", "west-rep-own", "east-team", true)]
    public void A_plan_changes_only_into_a_plan_its_changer_may_change(string actor, string before, string after, bool allowed)
    {
        Assert.Equal(allowed, PlanAccess.MayChange(Actors[actor], Plan(before), Plan(after)));
    }

    [Theory]
    // actor, new owner of the east team plan, allowed
    [InlineData("east-manager", "east-manager", true)]
    [InlineData("east-manager", "east-rep", true)]
    [InlineData("east-manager", "enterprise-rep", true)]
    [InlineData("east-manager", "west-rep", false)]
    [InlineData("east-manager", "exec", false)]
    [InlineData("exec", "west-rep", true)]
    public void A_new_owner_must_be_someone_the_changer_may_hold_to_account(string actor, string owner, bool allowed)
    {
        var before = Plan("east-team");
        var after = before with { OwnerId = Person(owner).Id, OwnerTeamId = Person(owner).TeamId };

        Assert.Equal(allowed, PlanAccess.MayChange(Actors[actor], before, after));
    }

    [Fact]
    public void An_owner_left_as_it_was_is_not_checked_again()
    {
        var plan = Plan("east-team") with { OwnerId = Person("exec").Id, OwnerTeamId = Person("exec").TeamId };

        Assert.True(PlanAccess.MayChange(Actors["east-manager"], plan, plan with { Scope = PlanScope.Team }));
    }

    [Theory]
    // actor, plan, person newly named as DRI, owner or assignee, allowed
    [InlineData("east-rep", "east-team", "east-rep", true)]
    [InlineData("east-rep", "east-team", "east-rep-2", false)]
    [InlineData("east-rep", "east-rep-own", "east-manager", false)]
    [InlineData("east-manager", "east-team", "east-rep", true)]
    [InlineData("east-manager", "east-team", "enterprise-rep", true)]
    [InlineData("east-manager", "east-team", "west-rep", false)]
    [InlineData("east-manager", "org", "west-rep", false)]
    [InlineData("exec", "east-team", "west-rep", true)]
    [InlineData("admin", "east-rep-own", "west-manager", true)]
    public void An_element_names_only_people_its_changer_may_hold_to_account(string actor, string plan, string person, bool allowed)
    {
        var after = new Accountable([Person(person)]);

        Assert.Equal(allowed, PlanAccess.MayChange(Actors[actor], Plan(plan), Accountable.Nobody, after));
    }

    [Fact]
    public void People_an_element_already_named_stay_when_someone_else_changes_it()
    {
        var rep = Actors["east-rep"];
        var before = new Accountable([Person("east-rep"), Person("east-rep-2")]);

        Assert.True(PlanAccess.MayChange(rep, Plan("east-team"), before, new Accountable([Person("east-rep-2")])));
        Assert.False(PlanAccess.MayChange(rep, Plan("east-team"), before, new Accountable([Person("east-rep-2"), Person("west-rep")])));
    }

    [Theory]
    // actor, plan, may newly bind the whole team
    [InlineData("east-manager", "east-team", true)]
    [InlineData("east-manager", "enterprise-team", true)]
    [InlineData("east-manager", "west-team", false)]
    [InlineData("east-manager", "org", false)]
    [InlineData("east-rep", "east-team", false)]
    [InlineData("exec", "west-team", true)]
    public void Binding_the_whole_team_needs_leading_it(string actor, string plan, bool allowed)
    {
        var wholeTeam = new Accountable([], WholeTeam: true);

        Assert.Equal(allowed, PlanAccess.MayChange(Actors[actor], Plan(plan), Accountable.Nobody, wholeTeam));
        Assert.True(PlanAccess.MayChange(Actors[actor], Plan(plan), wholeTeam, wholeTeam));
    }
}
