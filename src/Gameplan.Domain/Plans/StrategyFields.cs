namespace Gameplan.Domain.Plans;

/// <summary>What a strategy says: a choice of where and how to win, its DRI, and the goals it serves.</summary>
/// <param name="Key">Plan-unique key such as <c>s1</c>; null picks the next free one.</param>
/// <param name="GoalKeys">Keys of the plan's goals this strategy serves.</param>
public sealed record StrategyFields(string? Key, string Statement, int? DriId, IReadOnlyList<string> GoalKeys);
