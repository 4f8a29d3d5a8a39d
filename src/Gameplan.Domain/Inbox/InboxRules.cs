using Gameplan.Domain.Access;
using Gameplan.Domain.People;

namespace Gameplan.Domain.Inbox;

/// <summary>
/// Which records become inbox items, as pure functions (docs/inbox.md): who a submitted plan waits for,
/// when a review is to prepare or to write up, when a goal's measurement is due, which comment threads
/// wait for a person, and the order the inbox shows items in.
/// </summary>
public static class InboxRules
{
    /// <summary>Days before a review that it shows as "to prepare".</summary>
    public const int PrepareDays = 7;

    /// <summary>Days after a review's day that an unheld review shows as "to write up"; after that it is history.</summary>
    public const int WriteUpDays = 14;

    /// <summary>Days after the last measurement (or the plan's start) that a measured goal asks for a new one.</summary>
    public const int MeasureEveryDays = 30;

    /// <summary>
    /// Does a submitted plan wait for <paramref name="actor"/>? Whoever may approve it, except that admins and
    /// executives, who may approve every plan, get only the plans no manager may approve
    /// (<paramref name="aManagerMayApprove"/>): the organisation's plan and the plans at the top of the tree.
    /// </summary>
    public static bool WaitsForApproval(Actor actor, PlanFacts plan, bool aManagerMayApprove)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(plan);
        if (actor.PersonId is null || !PlanAccess.Allows(actor, plan, PlanPermission.Approve) || plan.OwnerId == actor.PersonId)
        {
            return false;
        }
        return actor.Role is not (PersonRole.Admin or PersonRole.Executive) || !aManagerMayApprove;
    }

    /// <summary>
    /// May some manager of the organisation approve the plan (<paramref name="managers"/>: each manager's
    /// actor)? When none may, the plan waits for the admins and executives.
    /// </summary>
    public static bool AManagerMayApprove(PlanFacts plan, IEnumerable<Actor> managers) =>
        managers.Any(m => m.Role == PersonRole.Manager && m.PersonId != plan.OwnerId && PlanAccess.Allows(m, plan, PlanPermission.Approve));

    /// <summary>
    /// What a review asks of the people it concerns on <paramref name="today"/>: to prepare it in the
    /// <see cref="PrepareDays"/> before its day, to write it up in the <see cref="WriteUpDays"/> after it
    /// until it is marked held; nothing otherwise.
    /// </summary>
    public static ReviewDuty? DutyOf(DateOnly reviewDay, bool held, DateOnly today)
    {
        if (held)
        {
            return null;
        }
        if (reviewDay >= today && reviewDay.DayNumber - today.DayNumber <= PrepareDays)
        {
            return ReviewDuty.Prepare;
        }
        if (reviewDay < today && today.DayNumber - reviewDay.DayNumber <= WriteUpDays)
        {
            return ReviewDuty.WriteUp;
        }
        return null;
    }

    /// <summary>
    /// The day a goal measured by hand next needs a measurement: <see cref="MeasureEveryDays"/> after the last
    /// one, or after the plan started, and at the latest on the goal's due day; null while it is not yet due, once
    /// a measurement on or after the due day exists, or when the due day passed more than that long ago (it is over).
    /// </summary>
    public static DateOnly? MeasurementDue(DateOnly? lastMeasured, DateOnly planStart, DateOnly goalDue, DateOnly today)
    {
        if (lastMeasured is { } last && last >= goalDue || today.DayNumber - goalDue.DayNumber > MeasureEveryDays)
        {
            return null;
        }
        var next = (lastMeasured ?? planStart).AddDays(MeasureEveryDays);
        var due = goalDue < next ? goalDue : next;
        return due <= today ? due : null;
    }

    /// <summary>
    /// Does an open comment thread wait for <paramref name="personId"/>? When a comment mentions them and they
    /// have not written in the thread since; or, for the reason a plan was returned, when they own the plan and
    /// the last word is not theirs. <paramref name="comments"/> are the thread's comments, oldest first.
    /// </summary>
    public static ThreadComment? WaitingFor(int personId, IReadOnlyList<ThreadComment> comments, bool isReturnReason, int? planOwnerId)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var live = comments.Where(c => !c.Deleted).ToList();
        if (live.Count == 0)
        {
            return null;
        }
        var lastMine = live.FindLastIndex(c => c.AuthorId == personId);
        var mention = live.FindLastIndex(c => c.AuthorId != personId && c.Mentions.Contains(personId));
        if (mention > lastMine)
        {
            return live[mention];
        }
        if (isReturnReason && planOwnerId == personId && live[^1].AuthorId != personId)
        {
            return live[^1];
        }
        return null;
    }

    /// <summary>The inbox's order: overdue first, then by due day (items without one last), then by kind, then oldest first.</summary>
    public static IReadOnlyList<InboxItem> Order(IEnumerable<InboxItem> items, DateOnly today) =>
        [.. items.OrderByDescending(i => i.IsOverdue(today))
            .ThenBy(i => i.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.Kind)
            .ThenBy(i => i.Since ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i.Key, StringComparer.Ordinal)];
}

/// <summary>What a review asks of the people it concerns.</summary>
public enum ReviewDuty
{
    /// <summary>It is coming: add talking points, read the agenda.</summary>
    Prepare,

    /// <summary>Its day has passed and it is not marked held: write the notes and mark it held.</summary>
    WriteUp,
}

/// <summary>One comment of a thread as the inbox reads it.</summary>
public sealed record ThreadComment(int Id, int AuthorId, IReadOnlyCollection<int> Mentions, DateTimeOffset CreatedAt, bool Deleted = false);
