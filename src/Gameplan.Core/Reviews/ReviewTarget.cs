using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Reviews;

/// <summary>
/// The review a workspace request names, once the actor is known to read it (docs/access.md: a one-on-one only by those
/// who run it, the person coached and its participants). A plan or review of another organisation does not exist (404).
/// </summary>
internal sealed record ReviewTarget(int PlanId, Review Review, PlanFacts Plan, Actor Actor, ReviewAccess.Facts Facts)
{
    public static async Task<ReviewTarget> RequireAsync(GameplanDbContext db, int planId, int reviewId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await new PlanAccessQueries(db).FactsAsync(planId, ct) ?? throw new NotFoundException($"Plan {planId}");
        // Through the plan, whose filter keeps other organisations out (a review is part of the plan aggregate).
        var review = await db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Reviews).FirstOrDefaultAsync(r => r.Id == reviewId, ct)
            ?? throw new NotFoundException($"Review {reviewId} of plan {planId}");
        var participants = await db.ReviewParticipants.Where(p => p.ReviewId == reviewId).Select(p => p.PersonId).ToListAsync(ct);
        var target = new ReviewTarget(planId, review, facts, actor, new ReviewAccess.Facts(review.Kind, review.PersonId, participants));
        if (!ReviewAccess.MayRead(actor, facts, target.Facts))
        {
            throw new AccessDeniedException(review.Kind == ReviewKind.OneOnOne
                ? "A one-on-one is read only by the person coached, the participants and those who run the plan's reviews."
                : "You may not read this plan, so you may not read its reviews either.");
        }
        return target;
    }

    public bool MayRun => ReviewAccess.MayRun(Actor, Plan);

    public int PersonId => Actor.PersonId ?? throw new AccessDeniedException("Only a person of the organisation records something in a review.");

    public void EnsureMayRun()
    {
        if (!MayRun)
        {
            throw new AccessDeniedException("Only those who may change the plan run its reviews: notes, participants, decisions, action items, marking it held.");
        }
    }

    public void EnsureMayAddTalkingPoint()
    {
        if (!ReviewAccess.MayAddTalkingPoint(Actor, Plan, Facts))
        {
            throw new AccessDeniedException("Only the review's participants (for a one-on-one, the person coached) and those who run it add talking points.");
        }
    }
}
