namespace Gameplan.Domain.Cycles;

/// <summary>A planning cycle's name, period (both days inclusive) and timeline.</summary>
public sealed record CycleFields(string Name, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Opens, DateOnly DraftsDue, DateOnly ReviewsDue);
