using System.Text.Json.Serialization;

namespace Gameplan.Domain.Pace;

/// <summary>How a person keeps up with a commitment, from the attainment so far; serialised in kebab case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaceStatus>))]
public enum PaceStatus
{
    /// <summary>Attainment of 1.0 or more: everything due so far is done.</summary>
    [JsonStringEnumMemberName("on-track")]
    OnTrack,

    /// <summary>Attainment from 0.8 up to 1.0.</summary>
    [JsonStringEnumMemberName("at-risk")]
    AtRisk,

    /// <summary>Attainment below 0.8.</summary>
    [JsonStringEnumMemberName("off-track")]
    OffTrack,

    /// <summary>
    /// Nothing was due yet, so there is no attainment: today is before the commitment's first working
    /// day, or its span has no working day at all (a tactic over a weekend or a holiday week).
    /// </summary>
    [JsonStringEnumMemberName("not-started")]
    NotStarted,
}
