using System.Text.Json.Serialization;

namespace Gameplan.Domain.Progress;

/// <summary>Which way a goal's metric should move; serialised in lower case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GoalDirection>))]
public enum GoalDirection
{
    /// <summary>Up from the baseline to the target (customers, revenue).</summary>
    [JsonStringEnumMemberName("increase")]
    Increase,

    /// <summary>Down from the baseline to the target (churn, days to go live).</summary>
    [JsonStringEnumMemberName("decrease")]
    Decrease,

    /// <summary>Stay within a tolerance of the target (a satisfaction score, a margin).</summary>
    [JsonStringEnumMemberName("maintain")]
    Maintain,
}
