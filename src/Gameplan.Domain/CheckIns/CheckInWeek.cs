namespace Gameplan.Domain.CheckIns;

/// <summary>One week of the check-in trend: its due day and whether the person checked in for it.</summary>
public sealed record CheckInWeek(DateOnly Due, bool CheckedIn);
