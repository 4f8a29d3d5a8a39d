using System.Text.Json.Serialization;

namespace Gameplan.Domain.Plans;

/// <summary>
/// Which way a goal's metric should move from its baseline: the one direction type of the plan, its
/// progress and its pace report. Serialised in lower case, as plan files spell it.
/// </summary>
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
