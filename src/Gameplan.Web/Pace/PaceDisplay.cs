using System.Globalization;
using System.Text.Json;
using Gameplan.Domain;
using Gameplan.Domain.Pace;

namespace Gameplan.Web.Pace;

/// <summary>How pace reads on the pages: statuses in words, attainment as a percentage, heatmap colour steps, chart data as JSON.</summary>
public static class PaceDisplay
{
    public static string Status(PaceStatus status) => status switch
    {
        PaceStatus.OnTrack => "On track",
        PaceStatus.AtRisk => "At risk",
        PaceStatus.OffTrack => "Off track",
        _ => "Not started",
    };

    /// <summary>The CSS class of a status badge: pace-on-track, pace-at-risk, pace-off-track, pace-not-started.</summary>
    public static string StatusClass(PaceStatus status) => status switch
    {
        PaceStatus.OnTrack => "pace-on-track",
        PaceStatus.AtRisk => "pace-at-risk",
        PaceStatus.OffTrack => "pace-off-track",
        _ => "pace-not-started",
    };

    /// <summary>
    /// A target as people read it (<see cref="CommitmentPeriods.Shown"/>): a count in whole units, rounded up
    /// ("2" for the 1.72 webinars a monthly commitment has due by now), money and time with their decimals.
    /// </summary>
    public static string Due(decimal value, string? unit) => Measures.Of(CommitmentPeriods.Shown(value, unit), unit);

    /// <summary>"85%", or a dash when there is no ratio.</summary>
    public static string Percent(decimal? ratio) => Measures.Percent(ratio);

    /// <summary>
    /// The heatmap step of a day's attainment: heat-none (nothing due), heat-0 (nothing done),
    /// heat-1 (under 50%), heat-2 (off track), heat-3 (at risk), heat-4 (on track), by the organisation's thresholds.
    /// </summary>
    public static string Heat(decimal? attainment, PaceThresholds thresholds) => attainment switch
    {
        null => "heat-none",
        <= 0m => "heat-0",
        < 0.5m => "heat-1",
        { } value => thresholds.Status(value) switch
        {
            PaceStatus.OffTrack => "heat-2",
            PaceStatus.AtRisk => "heat-3",
            _ => "heat-4",
        },
    };

    /// <summary>Values for a chart's data- attribute (a JSON array; Razor encodes it for the attribute).</summary>
    public static string Json<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);

    /// <summary>A ratio for an attribute (a progress element's value): invariant digits.</summary>
    public static string Ratio(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
