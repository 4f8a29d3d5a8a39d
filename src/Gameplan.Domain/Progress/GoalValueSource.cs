using System.Text.Json.Serialization;

namespace Gameplan.Domain.Progress;

/// <summary>Where a goal's current value comes from; serialised in lower case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GoalValueSource>))]
public enum GoalValueSource
{
    /// <summary>The latest measurement on or before today.</summary>
    [JsonStringEnumMemberName("measurement")]
    Measurement,

    /// <summary>The baseline plus the plan's activity logged under the goal's metric.</summary>
    [JsonStringEnumMemberName("activity")]
    Activity,

    /// <summary>Nothing measured or logged yet: the baseline stands.</summary>
    [JsonStringEnumMemberName("baseline")]
    Baseline,
}
