using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Access;

/// <summary>
/// Who may do what in a review's workspace (docs/access.md). Those who may change the plan run its reviews: notes,
/// participants, decisions, action items, marking it held. A strategic or tactical review is read by whoever reads the
/// plan; a one-on-one only by those who run it, the person coached and the participants invited: a rep reads his own
/// one-on-ones, never a colleague's. Participants (and the person coached) add talking points; an action item's owner
/// ticks it done.
/// </summary>
public static class ReviewAccess
{
    /// <summary>What the rules need to know about the review: its kind, the person coached, the participants.</summary>
    public sealed record Facts(ReviewKind Kind, int? PersonId, IReadOnlyCollection<int> Participants);

    public static bool MayRun(Actor actor, PlanFacts plan) => PlanAccess.Allows(actor, plan, PlanPermission.Edit);

    public static bool MayRead(Actor actor, PlanFacts plan, Facts review)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(review);
        return PlanAccess.Allows(actor, plan, PlanPermission.Read)
            && (review.Kind != ReviewKind.OneOnOne || MayRun(actor, plan) || Takes(actor, review));
    }

    /// <summary>Participants and the person coached add talking points beforehand; those who run the review too.</summary>
    public static bool MayAddTalkingPoint(Actor actor, PlanFacts plan, Facts review) =>
        MayRead(actor, plan, review) && actor.PersonId is not null && (MayRun(actor, plan) || Takes(actor, review));

    /// <summary>A talking point is changed (or ticked discussed) by its author or whoever runs the review.</summary>
    public static bool MayChangeTalkingPoint(Actor actor, PlanFacts plan, Facts review, int authorId) =>
        MayRead(actor, plan, review) && (MayRun(actor, plan) || actor.PersonId == authorId);

    /// <summary>An action item is ticked done (or opened again) by its owner or whoever runs the review.</summary>
    public static bool MayTick(Actor actor, PlanFacts plan, Facts review, int ownerId) =>
        MayRead(actor, plan, review) && (MayRun(actor, plan) || actor.PersonId == ownerId);

    private static bool Takes(Actor actor, Facts review) =>
        actor.PersonId is { } me && (review.PersonId == me || review.Participants.Contains(me));
}
