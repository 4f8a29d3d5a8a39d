using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>The outcome of <see cref="PlanCritic.Critique"/>.</summary>
/// <param name="Plan">The plan's name, when it has one.</param>
/// <param name="Findings">Worst first, then by path, then by rule id.</param>
/// <param name="Risks">The eight failure reasons, in the documented order.</param>
/// <param name="Summary">Counts per severity.</param>
public sealed record CritiqueReport(
    [property: JsonPropertyName("plan")] string? Plan,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("risks")] IReadOnlyList<RiskScore> Risks,
    [property: JsonPropertyName("summary")] CritiqueSummary Summary)
{
    /// <summary>True when at least one finding is an error (<c>gameplan lint</c> exits 1).</summary>
    [JsonIgnore]
    public bool HasErrors => Summary.Errors > 0;
}
