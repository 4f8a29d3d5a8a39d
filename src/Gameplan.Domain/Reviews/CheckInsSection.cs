using Gameplan.Domain.CheckIns;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// The one-on-one's "Their recent check-ins": one line per check-in, newest first, toned by its worst confidence,
/// with each commitment's number and confidence (and why, when not on track), wins, blockers and next week's focus.
/// </summary>
public static class CheckInsSection
{
    /// <summary>How many check-ins the one-on-one shows.</summary>
    public const int Shown = 4;

    public static AgendaSection Of(IEnumerable<RecentCheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var lines = checkIns.OrderByDescending(c => c.Week).Take(Shown).Select(c =>
        {
            var worst = c.Lines.Count == 0 ? CheckInConfidence.OnTrack : c.Lines.Max(l => l.Confidence);
            var notes = c.Lines.Select(l => AgendaText.Text(
                    $"{l.Metric ?? "a removed commitment"}: {(l.Actual is { } actual ? Numbers.Quantity(actual) : "no number")}, {Word(l.Confidence)}{(string.IsNullOrWhiteSpace(l.Why) ? "" : $" ({l.Why})")}"))
                .Concat(Said("wins", c.Wins)).Concat(Said("blockers", c.Blockers)).Concat(Said("next week", c.NextFocus)).ToList();
            return new AgendaLine(AgendaText.Text($"Week to {c.Week:yyyy-MM-dd}: {Word(worst)}"), Tone: Tone(worst), Notes: notes);
        }).ToList();
        return new AgendaSection(AgendaSections.CheckIns, "Their recent check-ins", "No check-in yet.", lines);
    }

    private static IEnumerable<string> Said(string what, string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [AgendaText.Text($"{what}: {text.Trim()}")];

    private static string Word(CheckInConfidence confidence) => confidence switch
    {
        CheckInConfidence.OffTrack => "off track",
        CheckInConfidence.AtRisk => "at risk",
        _ => "on track",
    };

    private static AgendaTone Tone(CheckInConfidence confidence) => confidence switch
    {
        CheckInConfidence.OffTrack => AgendaTone.Bad,
        CheckInConfidence.AtRisk => AgendaTone.Warning,
        _ => AgendaTone.Good,
    };
}

/// <summary>A check-in as the one-on-one reads it.</summary>
public sealed record RecentCheckIn(DateOnly Week, IReadOnlyList<RecentCheckInLine> Lines, string? Wins, string? Blockers, string? NextFocus);

/// <summary>One commitment's line of a check-in; <paramref name="Metric"/> is null when the commitment was removed since.</summary>
public sealed record RecentCheckInLine(string? Metric, decimal? Actual, CheckInConfidence Confidence, string? Why);
