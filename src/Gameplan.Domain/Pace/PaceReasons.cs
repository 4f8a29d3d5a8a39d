namespace Gameplan.Domain.Pace;

/// <summary>
/// Why a person is behind on a commitment, in words a manager can bring to a one-on-one or a review (the off-pace
/// list, the team home and the agendas say it alike). Numbers, units and days read as <see cref="Measures"/> writes them.
/// </summary>
public static class PaceReasons
{
    /// <param name="last">The last day the person logged the metric since the start; null when never.</param>
    /// <param name="idleDays">Days without activity after which the reasons say so.</param>
    public static IReadOnlyList<string> Of(CommitmentPace pace, DateOnly? last, DateOnly today, int idleDays)
    {
        ArgumentNullException.ThrowIfNull(pace);
        var reasons = new List<string>();
        if (pace.ActualToDate <= 0m)
        {
            reasons.Add($"not started: nothing logged since the start on {Measures.Date(pace.Start)}");
        }
        else if (last is { } day && today.DayNumber - day.DayNumber >= idleDays)
        {
            reasons.Add($"no activity for {Measures.Number(today.DayNumber - day.DayNumber)} days (last on {Measures.Date(day)})");
        }
        var share = Measures.Percent(pace.Attainment ?? 0m);
        var due = Measures.Of(Numbers.Round(pace.TargetToDate, 1), pace.Unit);
        reasons.Add($"{(pace.Status == PaceStatus.OffTrack ? "low attainment" : "slightly behind")}: {share} of the {due} due so far");
        if (pace.ProjectedTotal is { } projected)
        {
            reasons.Add($"on pace for {Measures.Number(Numbers.Round(projected, 1))} of {Measures.Of(Numbers.Round(pace.TargetTotal, 1), pace.Unit)}");
        }
        return reasons;
    }
}
