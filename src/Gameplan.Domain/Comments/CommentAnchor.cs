namespace Gameplan.Domain.Comments;

/// <summary>
/// Where a thread hangs: the element's kind and id (stable when its key is renamed or a tactic moves) and its
/// path when the thread started (shown once the element is removed, so its comments stay readable).
/// </summary>
/// <param name="ElementId">The goal's, strategy's, tactic's or commitment's id; null for the plan and its answers.</param>
public sealed record CommentAnchor(CommentElementKind Kind, int? ElementId, string Path)
{
    public static CommentAnchor Plan { get; } = new(CommentElementKind.Plan, null, "plan");
}
