using Gameplan.Domain.Access;
using static Gameplan.Domain.Tests.Access.AccessCast;

namespace Gameplan.Domain.Tests.Access;

/// <summary>An acknowledgement is an assignee's own word: only they record it, for themselves.</summary>
public sealed class AcknowledgementAccessTests
{
    [Theory]
    // actor, plan, acknowledged for, assignees of the commitment, allowed
    [InlineData("east-rep", "org", "east-rep", "east-rep east-rep-2", true)]
    [InlineData("east-rep", "east-team", "east-rep", "east-rep", true)]
    [InlineData("east-rep", "org", "east-rep", "east-rep-2", false)]
    [InlineData("east-rep", "org", "east-rep-2", "east-rep east-rep-2", false)]
    [InlineData("west-rep", "east-team", "west-rep", "west-rep", false)]
    [InlineData("east-manager", "east-team", "east-rep", "east-rep", false)]
    [InlineData("east-manager", "east-team", "east-manager", "east-manager east-rep", true)]
    [InlineData("admin", "org", "east-rep", "east-rep", false)]
    [InlineData("exec", "org", "exec", "exec", true)]
    public void Only_an_assignee_acknowledges_and_only_for_themselves(string actor, string plan, string person, string assignees, bool allowed)
    {
        var bound = assignees.Split(' ').Select(name => Person(name).Id);

        Assert.Equal(allowed, PlanAccess.MayAcknowledge(Actors[actor], Plan(plan), Person(person).Id, bound));
    }
}
