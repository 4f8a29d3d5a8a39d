namespace Gameplan.Domain.Comments;

/// <summary>A person a comment mentions (kept by id, so an inbox can ask for "where was I mentioned").</summary>
public sealed class CommentMention
{
    private CommentMention() { }

    internal CommentMention(int personId) => PersonId = personId;

    public int CommentId { get; private set; }

    public int PersonId { get; private set; }
}
