namespace Gameplan.Domain.Comments;

/// <summary>
/// A comment on a plan element: the start of a thread, or a reply in one (<see cref="ThreadId"/>). Comments sit
/// beside the plan aggregate: writing one changes no plan version, so discussing a plan never conflicts with
/// editing it. A deleted comment keeps its place (and its thread) with its text gone; only a thread is resolved.
/// Who may do what is decided by <see cref="Access.CommentAccess"/>; this type guards the state.
/// </summary>
public sealed class Comment
{
    /// <summary>Longest comment, in characters.</summary>
    public const int MaxBodyLength = 4000;

    private readonly List<CommentMention> _mentions = [];

    private Comment() { }

    private Comment(int organizationId, int planId, int? threadId, CommentAnchor anchor, CommentPurpose purpose, int authorId, string body, IEnumerable<int> mentions, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ThreadId = threadId;
        ElementKind = anchor.Kind;
        ElementId = anchor.ElementId;
        ElementPath = Guard.Required(anchor.Path, "element", ElementPaths.MaxLength);
        Purpose = purpose;
        AuthorId = authorId;
        CreatedAt = now;
        SetBody(body, mentions);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The comment that starts the thread this one replies in; null for the start of a thread.</summary>
    public int? ThreadId { get; private set; }

    public CommentElementKind ElementKind { get; private set; }

    /// <summary>The element's id (goal, strategy, tactic or commitment); null for the plan and its answers.</summary>
    public int? ElementId { get; private set; }

    /// <summary>The element's path when the thread started (<c>strategies[s1].tactics[t2]</c>, <c>plan.mission</c>).</summary>
    public string ElementPath { get; private set; } = "plan";

    public CommentPurpose Purpose { get; private set; }

    /// <summary>The person who wrote it.</summary>
    public int AuthorId { get; private set; }

    /// <summary>The text; empty once deleted.</summary>
    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>When the thread was resolved (only on the start of a thread); null while it is open.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public int? ResolvedById { get; private set; }

    /// <summary>The people of the organisation the text mentions.</summary>
    public IReadOnlyList<CommentMention> Mentions => _mentions;

    public bool IsThread => ThreadId is null;

    public bool IsDeleted => DeletedAt is not null;

    public bool IsResolved => ResolvedAt is not null;

    /// <summary>Starts a thread on an element of a plan.</summary>
    /// <param name="mentions">The ids of the people the text mentions (see <see cref="Comments.Mentions"/>).</param>
    public static Comment Start(int organizationId, int planId, CommentAnchor anchor, CommentPurpose purpose, int authorId, string? body, IEnumerable<int> mentions, DateTimeOffset now) =>
        new(organizationId, planId, null, anchor, purpose, authorId, body ?? "", mentions, now);

    /// <summary>Replies in this thread (a reply to a reply is a reply in its thread: threads are one level deep).</summary>
    public Comment Reply(int authorId, string? body, IEnumerable<int> mentions, DateTimeOffset now) =>
        new(OrganizationId, PlanId, ThreadId ?? Id, new CommentAnchor(ElementKind, ElementId, ElementPath), CommentPurpose.Comment, authorId, body ?? "", mentions, now);

    public void Edit(string? body, IEnumerable<int> mentions, DateTimeOffset now)
    {
        if (IsDeleted)
        {
            throw new DomainRuleException("This comment was deleted; write a new one instead.");
        }
        SetBody(body ?? "", mentions);
        EditedAt = now;
    }

    /// <summary>Removes the text (and its mentions) but keeps the comment's place, so its thread stays readable.</summary>
    public void Delete(DateTimeOffset now)
    {
        if (IsDeleted)
        {
            return;
        }
        Body = "";
        _mentions.Clear();
        DeletedAt = now;
    }

    public void Resolve(int byPersonId, DateTimeOffset now)
    {
        EnsureThread("resolved");
        if (IsResolved)
        {
            throw new DomainRuleException("This thread is already resolved.");
        }
        ResolvedAt = now;
        ResolvedById = byPersonId;
    }

    public void Reopen()
    {
        EnsureThread("reopened");
        if (!IsResolved)
        {
            throw new DomainRuleException("This thread is open; only a resolved thread can be reopened.");
        }
        ResolvedAt = null;
        ResolvedById = null;
    }

    private void EnsureThread(string verb)
    {
        if (!IsThread)
        {
            throw new DomainRuleException($"A reply is not {verb} on its own; its thread is.");
        }
    }

    private void SetBody(string body, IEnumerable<int> mentions)
    {
        Body = Guard.Required(body, "body", MaxBodyLength);
        _mentions.Clear();
        _mentions.AddRange(mentions.Distinct().Select(id => new CommentMention(id)));
    }
}
