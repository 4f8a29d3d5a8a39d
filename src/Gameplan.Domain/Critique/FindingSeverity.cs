using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>How bad a finding is; serialised in lower case. Declared worst first, so it sorts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>The plan cannot work this way; <c>gameplan lint</c> exits 1.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>A weakness worth fixing.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Worth knowing; no action required.</summary>
    [JsonStringEnumMemberName("info")]
    Info,
}
