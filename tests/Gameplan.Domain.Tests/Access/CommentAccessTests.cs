using Gameplan.Domain.Access;
using static Gameplan.Domain.Tests.Access.AccessCast;

namespace Gameplan.Domain.Tests.Access;

/// <summary>Whoever reads a plan discusses it; comments are their author's own; threads close by their author or the plan's editors and reviewers.</summary>
public sealed class CommentAccessTests
{
    [Theory]
    [InlineData("east-rep", "org", true)]
    [InlineData("east-rep", "east-team", true)]
    [InlineData("east-rep", "east-rep-own", true)]
    [InlineData("east-rep", "east-rep-2-own", false)]
    [InlineData("west-rep", "east-team", false)]
    [InlineData("east-manager", "east-rep-own", true)]
    [InlineData("west-manager", "east-rep-own", false)]
    [InlineData("exec", "west-rep-own", true)]
    public void Whoever_may_read_a_plan_may_comment_on_it(string actor, string plan, bool allowed) =>
        Assert.Equal(allowed, CommentAccess.MayComment(Actors[actor], Plan(plan)));

    [Theory]
    // actor, plan, who started the thread, allowed
    [InlineData("east-rep", "east-team", "east-rep", true)]
    [InlineData("east-rep", "east-team", "east-manager", false)]
    [InlineData("east-rep-2", "east-team", "east-rep", false)]
    [InlineData("east-manager", "east-team", "east-rep", true)]
    [InlineData("east-manager", "east-rep-own", "east-rep", true)]
    [InlineData("east-rep", "east-rep-own", "east-manager", true)]
    [InlineData("east-rep", "org", "exec", false)]
    [InlineData("admin", "org", "east-rep", true)]
    [InlineData("west-rep", "east-team", "west-rep", false)]
    public void A_thread_is_resolved_by_its_author_or_by_whoever_may_change_or_approve_the_plan(string actor, string plan, string author, bool allowed) =>
        Assert.Equal(allowed, CommentAccess.MayResolve(Actors[actor], Plan(plan), Person(author).Id));

    [Theory]
    [InlineData("east-rep", "east-rep", true)]
    [InlineData("east-manager", "east-rep", false)]
    [InlineData("admin", "east-rep", false)]
    public void Only_the_author_changes_or_deletes_a_comment(string actor, string author, bool allowed) =>
        Assert.Equal(allowed, CommentAccess.MayChange(Actors[actor], Person(author).Id));
}
