namespace Gameplan.Domain.Reviews;

/// <summary>
/// Something a review decided someone will do, by a day: raised in one review, it carries forward to the next
/// reviews of the same series until it is done (<see cref="ReviewSeries.CarriedForward"/>). It sits beside the plan
/// aggregate, like comments: recording one changes no plan version. Who may do what is <see cref="Gameplan.Domain.Access.ReviewAccess"/>.
/// </summary>
public sealed class ActionItem
{
    /// <summary>Longest text, in characters.</summary>
    public const int MaxTextLength = 1000;

    private ActionItem() { }

    private ActionItem(int organizationId, int planId, int reviewId, int ownerId, DateOnly due, string? text, int raisedById, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        PlanId = planId;
        ReviewId = reviewId;
        RaisedById = raisedById;
        CreatedAt = now;
        Change(ownerId, due, text);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The review it was raised in.</summary>
    public int ReviewId { get; private set; }

    /// <summary>The person who will do it.</summary>
    public int OwnerId { get; private set; }

    /// <summary>The last day it should be done by, inclusive.</summary>
    public DateOnly Due { get; private set; }

    public string Text { get; private set; } = "";

    public int RaisedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was ticked done; null while it is open.</summary>
    public DateTimeOffset? DoneAt { get; private set; }

    public int? DoneById { get; private set; }

    public bool IsDone => DoneAt is not null;

    /// <summary>Was it open at <paramref name="at"/> (raised by then and not yet done)?</summary>
    public bool WasOpenAt(DateTimeOffset at) => CreatedAt <= at && (DoneAt is not { } done || done > at);

    public static ActionItem Raise(int organizationId, int planId, int reviewId, int ownerId, DateOnly? due, string? text, int raisedById, DateTimeOffset now) =>
        new(organizationId, planId, reviewId, ownerId, due ?? throw new DomainRuleException("An action item needs a due date.", "due"), text, raisedById, now);

    /// <summary>Changes what, who and by when; a done item keeps its tick.</summary>
    public void Change(int ownerId, DateOnly due, string? text)
    {
        OwnerId = ownerId;
        Due = PlanCalendar.Check(due, "due");
        Text = Guard.Required(text, "text", MaxTextLength);
    }

    /// <summary>Ticks it done (or, with <paramref name="done"/> false, opens it again); ticking a done item again changes nothing.</summary>
    public void MarkDone(bool done, int byPersonId, DateTimeOffset now)
    {
        if (done == IsDone)
        {
            return;
        }
        (DoneAt, DoneById) = done ? (now, byPersonId) : ((DateTimeOffset?)null, (int?)null);
    }
}
