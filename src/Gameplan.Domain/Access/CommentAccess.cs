namespace Gameplan.Domain.Access;

/// <summary>
/// Who may discuss a plan (docs/access.md): whoever may read it comments and replies; each person edits and
/// deletes only their own comments; a thread is resolved or reopened by the person who started it, or by
/// anyone who may change or approve the plan (its author, their manager, the reviewers).
/// </summary>
public static class CommentAccess
{
    public static bool MayComment(Actor actor, PlanFacts plan) =>
        actor.PersonId is not null && PlanAccess.Allows(actor, plan, PlanPermission.Read);

    /// <summary>Only the author changes or deletes a comment: not even an admin puts words in someone's mouth.</summary>
    public static bool MayChange(Actor actor, int authorId) => actor.PersonId == authorId;

    public static bool MayResolve(Actor actor, PlanFacts plan, int threadAuthorId) =>
        MayComment(actor, plan)
        && (actor.PersonId == threadAuthorId || MayModerate(actor, plan));

    /// <summary>May change or approve the plan, and so close anyone's threads on it.</summary>
    public static bool MayModerate(Actor actor, PlanFacts plan) =>
        PlanAccess.Allows(actor, plan, PlanPermission.Edit) || PlanAccess.Allows(actor, plan, PlanPermission.Approve)
        || actor.PersonId is { } me && plan.OwnerId == me;
}
