namespace Gameplan.Domain.Inbox;

/// <summary>
/// One open thing a person must do, with where it is done. It disappears from the inbox when it is done,
/// because the inbox is computed from the records each time, never stored.
/// </summary>
/// <param name="Key">Stable while the item is open (e.g. <c>approve:plan-12</c>): digests count how often they showed it.</param>
/// <param name="Title">What to do, as one line ("Approve Territory Plan: Mateo").</param>
/// <param name="Detail">Why or what it is about; may be empty.</param>
/// <param name="Link">The page where it is done (a path under the app).</param>
/// <param name="Due">The day it is due; null when it has none.</param>
/// <param name="Since">When it became an item (submitted, returned, written); null when unknown.</param>
/// <param name="PlanId">The plan it belongs to; null for none.</param>
/// <param name="CommitmentId">For <see cref="InboxItemKind.Acknowledge"/>: the commitment acknowledged in place.</param>
public sealed record InboxItem(
    InboxItemKind Kind,
    string Key,
    string Title,
    string Detail,
    string Link,
    DateOnly? Due,
    DateTimeOffset? Since,
    int? PlanId = null,
    int? CommitmentId = null)
{
    /// <summary>True when its due day has passed.</summary>
    public bool IsOverdue(DateOnly today) => Due is { } due && due < today;
}
