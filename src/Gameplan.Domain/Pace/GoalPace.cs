namespace Gameplan.Domain.Pace;

/// <summary>
/// How a goal keeps up with time: its progress (0..1, as the pace report computes it) against the share
/// of its span gone by, from the plan's start to the goal's due date (the plan's end when it has none).
/// <c>expected = (today - start) / (due - start)</c>, in days, clamped to 0..1; the status is
/// <see cref="PaceThresholds.Status"/> of <c>progress / expected</c> under the organisation's thresholds, as a commitment's attainment is.
/// Before the start nothing is expected (not started); a goal without progress (nothing measured) has no status.
/// </summary>
public static class GoalPace
{
    /// <returns>The share of the span gone by and the status; the status is null when the goal has no progress.</returns>
    public static (decimal Expected, PaceStatus? Status) Of(decimal? progress, DateOnly start, DateOnly due, DateOnly today, PaceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var span = due.DayNumber - start.DayNumber;
        var gone = today.DayNumber - start.DayNumber;
        var expected = span <= 0 ? (gone >= 0 ? 1m : 0m) : Math.Clamp((decimal)gone / span, 0m, 1m);
        if (progress is not { } value)
        {
            return (expected, null);
        }
        if (expected <= 0m)
        {
            return (expected, PaceStatus.NotStarted);
        }
        return (expected, value >= 1m ? PaceStatus.OnTrack : PaceCalculator.Status(value / expected, thresholds));
    }

    /// <summary>The formula in words, for the title of a progress bar.</summary>
    public static string Formula(decimal? progress, decimal expected, PaceThresholds thresholds) =>
        progress is { } value
            ? $"progress {Percent(value)} against {Percent(expected)} of the time gone by; on track from {thresholds.OnTrackPercent}% of that, at risk from {thresholds.AtRiskPercent}%"
            : $"not measured yet; {Percent(expected)} of the time gone by";

    private static string Percent(decimal ratio) => Numbers.Format(Numbers.Percent(ratio)) + "%";
}
