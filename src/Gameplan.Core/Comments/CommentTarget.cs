using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Comments;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Comments;

/// <summary>
/// The plan a comment request names, once the actor is known to be allowed to discuss it (docs/access.md:
/// whoever reads a plan comments on it). A plan or comment of another organisation does not exist (404).
/// </summary>
internal sealed record CommentTarget(PlanDetails Plan, PlanFacts Facts, Actor Actor, int PersonId)
{
    public static async Task<CommentTarget> RequireAsync(GameplanDbContext db, int planId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await new PlanAccessQueries(db).FactsAsync(planId, ct) ?? throw new NotFoundException($"Plan {planId}");
        if (!CommentAccess.MayComment(actor, facts))
        {
            throw new AccessDeniedException("You may not read this plan, so you may not discuss it either.");
        }
        var plan = await new PlanQueries(db).GetAsync(planId, ct);
        return new CommentTarget(plan, facts, actor, actor.PersonId!.Value);
    }

    /// <summary>A comment of this plan, or 404.</summary>
    public async Task<Comment> CommentAsync(GameplanDbContext db, int commentId, CancellationToken ct) =>
        await db.Comments.Include(c => c.Mentions).FirstOrDefaultAsync(c => c.Id == commentId && c.PlanId == Plan.Id, ct)
            ?? throw new NotFoundException($"Comment {commentId} of plan {Plan.Id}");

    /// <summary>The start of the comment's thread (the comment itself when it starts one).</summary>
    public async Task<Comment> ThreadOfAsync(GameplanDbContext db, Comment comment, CancellationToken ct) =>
        comment.ThreadId is { } threadId ? await CommentAsync(db, threadId, ct) : comment;

    public void EnsureMayChange(Comment comment)
    {
        if (!CommentAccess.MayChange(Actor, comment.AuthorId))
        {
            throw new AccessDeniedException("Only its author changes or deletes a comment.");
        }
    }

    public void EnsureMayResolve(Comment thread)
    {
        if (!CommentAccess.MayResolve(Actor, Facts, thread.AuthorId))
        {
            throw new AccessDeniedException("Only whoever started the thread, or someone who may change or approve the plan, resolves or reopens it.");
        }
    }
}
