namespace Gameplan.Domain.Progress;

/// <summary>Progress rolled up from goals, with how it was computed.</summary>
/// <param name="Value">Combined progress in 0..1 (exact); null when no goal has a progress.</param>
/// <param name="Method">The method used (a value-weighted request falls back to average across units).</param>
/// <param name="Formula">The computation with its numbers, e.g. <c>(0.5x100000 + 0.25x20000 + 1x1000) / 121000 = 0.463</c>.</param>
/// <param name="Goals">Ids of the goals that counted, in order.</param>
public sealed record ProgressRollup(decimal? Value, RollupMethod Method, string Formula, IReadOnlyList<string?> Goals);
