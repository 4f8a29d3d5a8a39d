using System.Text.Json.Serialization;

namespace Gameplan.Domain.Progress;

/// <summary>How goal progress rolls up to strategies and the plan (<c>settings.rollup</c>); serialised in kebab case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RollupMethod>))]
public enum RollupMethod
{
    /// <summary>Each goal counts by its stated weight (1 when not stated).</summary>
    [JsonStringEnumMemberName("weighted")]
    Weighted,

    /// <summary>
    /// Each goal counts by the size of its target, so three products at $100k, $20k and $1k are not
    /// a third each. Needs one unit for all goals; the default when they share one.
    /// </summary>
    [JsonStringEnumMemberName("value-weighted")]
    ValueWeighted,

    /// <summary>Every goal counts the same; the default when units differ.</summary>
    [JsonStringEnumMemberName("average")]
    Average,

    /// <summary>The least advanced goal is the progress: a chain is as strong as its weakest link.</summary>
    [JsonStringEnumMemberName("weakest")]
    Weakest,
}
