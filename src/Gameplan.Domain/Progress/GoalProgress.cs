using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Progress;

/// <summary>How far a goal has come from its baseline towards its target as of a day. Values are exact.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Unit">The goal's unit (<c>count</c>, <c>currency:USD</c>...), when stated.</param>
/// <param name="Direction">Stated, or inferred from baseline and target; null without a target.</param>
/// <param name="Baseline">Where the metric stood; the earliest measurement when the goal states none.</param>
/// <param name="Target">Where it should be by the due date.</param>
/// <param name="Current">The value as of today (see <paramref name="Source"/>); null when nothing is known.</param>
/// <param name="MeasuredOn">The day of the measurement used, for <see cref="GoalValueSource.Measurement"/>.</param>
/// <param name="Source">Where <paramref name="Current"/> comes from.</param>
/// <param name="RawProgress">
/// Share of the way from baseline to target: below 0 when the metric moved the wrong way, above 1
/// past the target; for maintain, 1 within tolerance and 0 outside. Null when not computable
/// (no target or no baseline), and then the goal is left out of roll-ups.
/// </param>
/// <param name="Formula">The computation with its numbers, or why there is none.</param>
/// <param name="Weight">The goal's weight in a <see cref="RollupMethod.Weighted"/> roll-up (1 unless stated).</param>
public sealed record GoalProgress(
    string? Id,
    string? Unit,
    GoalDirection? Direction,
    decimal? Baseline,
    decimal? Target,
    decimal? Current,
    DateOnly? MeasuredOn,
    GoalValueSource Source,
    decimal? RawProgress,
    string Formula,
    decimal Weight = 1m)
{
    /// <summary>The progress clamped to 0..1, as shown and as rolled up (300% on one goal cannot hide 0% on another).</summary>
    public decimal? Progress => RawProgress is { } raw ? Math.Clamp(raw, 0m, 1m) : null;
}
