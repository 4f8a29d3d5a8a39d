using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.Comments;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Comments;

/// <summary>
/// Discusses a plan: starts threads on its elements, replies, edits and deletes one's own comments, resolves and
/// reopens threads. Comments sit beside the plan (ADR 0026): they change no plan version and never conflict with an edit.
/// </summary>
public sealed class CommentCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<CommentDetails> StartAsync(int planId, CommentRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var anchor = new CommentElements(target.Plan).Anchor(request.Element);
        var comment = Comment.Start(db.RequireOrganization(), planId, anchor, CommentPurpose.Comment, target.PersonId, request.Body,
            await MentionedAsync(db, request.Body, ct), clock.GetUtcNow());
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        return await CommentMapping.OneAsync(db, target.Plan, comment, ct);
    }

    /// <summary>Replies in the thread of <paramref name="commentId"/> (a reply to a reply goes to the end of its thread).</summary>
    public async Task<CommentDetails> ReplyAsync(int planId, int commentId, CommentBodyRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var thread = await target.ThreadOfAsync(db, await target.CommentAsync(db, commentId, ct), ct);
        var reply = thread.Reply(target.PersonId, request.Body, await MentionedAsync(db, request.Body, ct), clock.GetUtcNow());
        db.Comments.Add(reply);
        await db.SaveChangesAsync(ct);
        return await CommentMapping.OneAsync(db, target.Plan, reply, ct);
    }

    public async Task<CommentDetails> EditAsync(int planId, int commentId, CommentBodyRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var comment = await target.CommentAsync(db, commentId, ct);
        target.EnsureMayChange(comment);
        comment.Edit(request.Body, await MentionedAsync(db, request.Body, ct), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await CommentMapping.OneAsync(db, target.Plan, comment, ct);
    }

    /// <summary>Deletes one's own comment: its text goes, its place (and its thread) stays.</summary>
    public async Task DeleteAsync(int planId, int commentId, Actor actor, CancellationToken ct = default)
    {
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var comment = await target.CommentAsync(db, commentId, ct);
        target.EnsureMayChange(comment);
        comment.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Resolves the thread <paramref name="commentId"/> belongs to; returns the thread.</summary>
    public Task<CommentDetails> ResolveAsync(int planId, int commentId, Actor actor, CancellationToken ct = default) =>
        OnThreadAsync(planId, commentId, actor, (thread, by) => thread.Resolve(by, clock.GetUtcNow()), ct);

    /// <summary>Reopens the resolved thread <paramref name="commentId"/> belongs to; returns the thread.</summary>
    public Task<CommentDetails> ReopenAsync(int planId, int commentId, Actor actor, CancellationToken ct = default) =>
        OnThreadAsync(planId, commentId, actor, (thread, _) => thread.Reopen(), ct);

    /// <summary>
    /// A reviewer's reason for a decision on the plan, as a plan-level thread the author can answer; added to
    /// the caller's save, so the decision and its reason are stored together (or neither).
    /// </summary>
    internal static async Task AddReasonAsync(GameplanDbContext db, int planId, CommentPurpose purpose, int authorId, string reason, DateTimeOffset now, CancellationToken ct) =>
        db.Comments.Add(Comment.Start(db.RequireOrganization(), planId, CommentAnchor.Plan, purpose, authorId, reason, await MentionedAsync(db, reason, ct), now));

    private async Task<CommentDetails> OnThreadAsync(int planId, int commentId, Actor actor, Action<Comment, int> step, CancellationToken ct)
    {
        var target = await CommentTarget.RequireAsync(db, planId, actor, ct);
        var thread = await target.ThreadOfAsync(db, await target.CommentAsync(db, commentId, ct), ct);
        target.EnsureMayResolve(thread);
        step(thread, target.PersonId);
        await db.SaveChangesAsync(ct);
        return await CommentMapping.OneAsync(db, target.Plan, thread, ct);
    }

    /// <summary>The people of the organisation the text mentions; a handle nobody has stays plain text.</summary>
    private static async Task<IReadOnlyList<int>> MentionedAsync(GameplanDbContext db, string? text, CancellationToken ct)
    {
        var handles = Mentions.Handles(text);
        return handles.Count == 0 ? [] : await db.People.Where(p => handles.Contains(p.Handle)).Select(p => p.Id).ToListAsync(ct);
    }
}
