namespace Gameplan.Core.Plans;

/// <summary>What the access rules need about a tactic: who drafted it, and the DRI of the strategy it is under (null when unplaced or without one).</summary>
public sealed record TacticAccessFacts(IReadOnlyList<int> Authors, int? StrategyDri);
