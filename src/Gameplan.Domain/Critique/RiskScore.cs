using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>How much one of the eight classic reasons plans fail threatens this plan.</summary>
/// <param name="Id">The reason's id, e.g. <c>focus</c> (see <see cref="RiskRadar.Ids"/>).</param>
/// <param name="Score">0 (no sign of it) to 100 (certain), from the findings.</param>
/// <param name="Because">The ids of the rules whose findings raised the score, in id order.</param>
public sealed record RiskScore(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("because")] IReadOnlyList<string> Because);
