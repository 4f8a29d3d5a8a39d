using Gameplan.Domain.Comments;

namespace Gameplan.Domain.Tests.Comments;

public sealed class CommentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static Comment Thread(string body = "Why this tactic first?") =>
        Comment.Start(1, 7, new CommentAnchor(CommentElementKind.Tactic, 42, "strategies[s1].tactics[t2]"), CommentPurpose.Comment, 3, body, [4, 4, 5], Now);

    [Fact]
    public void A_thread_keeps_its_element_author_text_and_each_mentioned_person_once()
    {
        var thread = Thread();

        Assert.True(thread.IsThread);
        Assert.Equal((CommentElementKind.Tactic, 42, "strategies[s1].tactics[t2]"), (thread.ElementKind, thread.ElementId, thread.ElementPath));
        Assert.Equal(3, thread.AuthorId);
        Assert.Equal([4, 5], thread.Mentions.Select(m => m.PersonId));
        Assert.False(thread.IsResolved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_comment_needs_text(string body)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Thread(body));

        Assert.Equal("body", refusal.Field);
    }

    [Theory]
    [InlineData(Comment.MaxBodyLength, true)]
    [InlineData(Comment.MaxBodyLength + 1, false)]
    public void A_comment_is_at_most_four_thousand_characters(int length, bool accepted)
    {
        var body = new string('x', length);

        if (accepted)
        {
            Assert.Equal(length, Thread(body).Body.Length);
        }
        else
        {
            Assert.Equal("body", Assert.Throws<DomainRuleException>(() => Thread(body)).Field);
        }
    }

    [Fact]
    public void A_reply_hangs_on_the_same_element_and_a_reply_to_a_reply_stays_in_the_thread()
    {
        var thread = Thread();
        var reply = thread.Reply(4, "Because the pipeline is thin.", [], Now);

        var again = reply.Reply(3, "Fair.", [], Now);

        Assert.Equal(thread.Id, reply.ThreadId);
        Assert.Equal(reply.ThreadId, again.ThreadId);
        Assert.Equal((thread.ElementKind, thread.ElementId, thread.ElementPath), (again.ElementKind, again.ElementId, again.ElementPath));
        Assert.False(reply.IsThread);
    }

    [Fact]
    public void Deleting_keeps_the_place_without_the_text_and_a_deleted_comment_cannot_be_edited()
    {
        var thread = Thread("@lena see this");

        thread.Delete(Now);

        Assert.True(thread.IsDeleted);
        Assert.Equal("", thread.Body);
        Assert.Empty(thread.Mentions);
        Assert.Throws<DomainRuleException>(() => thread.Edit("again", [], Now));
    }

    [Fact]
    public void An_edit_replaces_the_text_and_mentions_and_says_when()
    {
        var thread = Thread();

        thread.Edit("Why this tactic first, @omar?", [6], Now.AddMinutes(5));

        Assert.Equal("Why this tactic first, @omar?", thread.Body);
        Assert.Equal([6], thread.Mentions.Select(m => m.PersonId));
        Assert.Equal(Now.AddMinutes(5), thread.EditedAt);
    }

    [Fact]
    public void A_thread_is_resolved_and_reopened_once_each_but_a_reply_never_on_its_own()
    {
        var thread = Thread();
        var reply = thread.Reply(4, "Done.", [], Now);

        thread.Resolve(4, Now);

        Assert.True(thread.IsResolved);
        Assert.Equal(4, thread.ResolvedById);
        Assert.Throws<DomainRuleException>(() => thread.Resolve(4, Now));
        Assert.Throws<DomainRuleException>(() => reply.Resolve(4, Now));
        thread.Reopen();
        Assert.False(thread.IsResolved);
        Assert.Throws<DomainRuleException>(thread.Reopen);
    }
}
