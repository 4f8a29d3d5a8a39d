using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Cycles;

/// <summary>A plan's standing in a cycle: its status, the next date it is due by, and the days left until then.</summary>
/// <param name="DueBy">Drafts due for a missing, draft or returned plan; reviews due for one in review; null once approved.</param>
/// <param name="DaysLeft">Days from today to <paramref name="DueBy"/>: 0 on the day, negative when overdue; null once approved.</param>
public sealed record CycleStanding(CycleStatus Status, DateOnly? DueBy, int? DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;

    /// <summary>The standing of a plan (null: none) in <paramref name="cycle"/> on <paramref name="today"/>.</summary>
    /// <param name="returned">True when a draft was submitted before and sent back by its approver.</param>
    public static CycleStanding Of(PlanningCycle cycle, PlanStatus? plan, bool returned, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var status = plan switch
        {
            null => CycleStatus.None,
            PlanStatus.Draft => returned ? CycleStatus.Returned : CycleStatus.Draft,
            PlanStatus.InReview => CycleStatus.InReview,
            _ => CycleStatus.Approved,
        };
        DateOnly? due = status switch
        {
            CycleStatus.Approved => null,
            CycleStatus.InReview => cycle.ReviewsDue,
            _ => cycle.DraftsDue,
        };
        return new CycleStanding(status, due, due is { } by ? by.DayNumber - today.DayNumber : null);
    }
}
