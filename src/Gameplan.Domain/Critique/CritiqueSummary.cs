using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>How many findings of each severity a critique produced.</summary>
public sealed record CritiqueSummary(
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("warnings")] int Warnings,
    [property: JsonPropertyName("infos")] int Infos);
