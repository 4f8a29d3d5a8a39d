using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Comments;

namespace Gameplan.Core.Comments;

/// <summary>Starts a thread on a plan element, named by its path as the critique prints it (<c>strategies[s1].tactics[t2]</c>; none: the plan).</summary>
public sealed record CommentRequest
{
    [StringLength(ElementPaths.MaxLength)]
    public string? Element { get; init; }

    /// <summary>The text; <c>@handle</c> mentions a person of the organisation.</summary>
    [Required, StringLength(Comment.MaxBodyLength)]
    public string Body { get; init; } = "";
}

/// <summary>A reply, or the new text of one's own comment.</summary>
public sealed record CommentBodyRequest
{
    [Required, StringLength(Comment.MaxBodyLength)]
    public string Body { get; init; } = "";
}

/// <summary>
/// One comment; the start of a thread carries its replies (oldest first) and whether it is resolved.
/// A deleted comment keeps its place with an empty body.
/// </summary>
/// <param name="ThreadId">The comment that starts the thread this one replies in; null for the start of a thread.</param>
/// <param name="Element">Where the element is now (<c>strategies[s2].tactics[t2]</c> after a move), or where it was when removed.</param>
/// <param name="ElementRemoved">True when the element was deleted: the comment is kept, on the plan.</param>
/// <param name="Author">The author's handle.</param>
/// <param name="Mentions">The handles of the people of the organisation the text mentions.</param>
public sealed record CommentDetails(
    int Id,
    int? ThreadId,
    string Element,
    bool ElementRemoved,
    CommentPurpose Purpose,
    string Author,
    string AuthorName,
    string Body,
    IReadOnlyList<string> Mentions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    bool Resolved,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<CommentDetails> Replies);

/// <summary>How many comments an element has (deleted ones not counted), and how many of its threads are open.</summary>
public sealed record CommentCount(int Comments, int OpenThreads);

/// <summary>The counts of a whole plan, by element path, for its page.</summary>
/// <param name="OnRemovedElements">Threads whose element was deleted (shown with the plan's own).</param>
public sealed record CommentSummary(IReadOnlyDictionary<string, CommentCount> ByElement, int OpenThreads, int OnRemovedElements)
{
    public CommentCount For(string path) => ByElement.GetValueOrDefault(path) ?? new CommentCount(0, 0);
}

/// <summary>The threads of one element as the reader sees them, with what they may do there.</summary>
/// <param name="Element">The element's path (<c>plan</c> lists every thread of the plan).</param>
/// <param name="Me">The reader's handle: they edit and delete only the comments with it.</param>
/// <param name="MayModerate">May resolve and reopen anyone's threads (may change or approve the plan).</param>
public sealed record CommentBoard(int PlanId, string Element, IReadOnlyList<CommentDetails> Threads, string? Me, bool MayComment, bool MayModerate)
{
    public bool MayResolve(CommentDetails thread) => MayComment && (MayModerate || thread.Author == Me);

    public bool IsMine(CommentDetails comment) => comment.Author == Me && !comment.Deleted;
}
