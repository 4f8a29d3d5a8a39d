namespace Gameplan.Core.Plans;

/// <summary>What the access rules need about a strategy: its DRI, who may add tactics under it.</summary>
public sealed record StrategyAccessFacts(int? DriId);
