namespace Gameplan.Domain.Pace;

/// <summary>
/// An organisation's rule for how far along a person must be to be on track or at risk, in whole percent of
/// the target due so far (attainment x 100). The one place a pace status is decided: every page, export,
/// agenda and notification gets its status from <see cref="Status"/> with the organisation's thresholds.
/// </summary>
public sealed record PaceThresholds
{
    /// <summary>The lowest and highest threshold an organisation may choose, in percent.</summary>
    public const int MinPercent = 1, MaxPercent = 200;

    /// <summary>On track from 100%, at risk from 80%, off track below: the rule before thresholds were settings.</summary>
    public static PaceThresholds Default { get; } = new(100, 80);

    /// <exception cref="DomainRuleException">A threshold outside 1-200%, or at risk not below on track; names the field.</exception>
    public PaceThresholds(int onTrackPercent, int atRiskPercent)
    {
        OnTrackPercent = InRange(onTrackPercent, "on_track_percent");
        AtRiskPercent = InRange(atRiskPercent, "at_risk_percent");
        if (atRiskPercent >= onTrackPercent)
        {
            throw new DomainRuleException($"The at-risk threshold ({atRiskPercent}%) must be below the on-track threshold ({onTrackPercent}%).", "at_risk_percent");
        }
    }

    /// <summary>A person whose attainment is at least this percentage is on track.</summary>
    public int OnTrackPercent { get; }

    /// <summary>A person below <see cref="OnTrackPercent"/> but at least this percentage is at risk; below it, off track.</summary>
    public int AtRiskPercent { get; }

    /// <summary><see cref="OnTrackPercent"/> as an attainment (1.0 for 100%).</summary>
    public decimal OnTrack => OnTrackPercent / 100m;

    /// <summary><see cref="AtRiskPercent"/> as an attainment (0.8 for 80%).</summary>
    public decimal AtRisk => AtRiskPercent / 100m;

    /// <summary>The status of an attainment (actual / target due so far); <see cref="PaceStatus.NotStarted"/> when there is none (nothing due yet).</summary>
    public PaceStatus Status(decimal? attainment) => attainment switch
    {
        null => PaceStatus.NotStarted,
        { } value when value >= OnTrack => PaceStatus.OnTrack,
        { } value when value >= AtRisk => PaceStatus.AtRisk,
        _ => PaceStatus.OffTrack,
    };

    /// <summary>"on track from 100%, at risk from 80%": the rule in words, for a formula's title.</summary>
    public string Describe() => $"on track from {OnTrackPercent}%, at risk from {AtRiskPercent}%";

    private static int InRange(int percent, string field) =>
        percent is >= MinPercent and <= MaxPercent
            ? percent
            : throw new DomainRuleException($"A pace threshold must be from {MinPercent}% to {MaxPercent}%; {percent}% is not.", field);
}
