using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>How much one of the eight classic reasons plans fail threatens this plan.</summary>
/// <param name="Id">The reason's id, e.g. <c>focus</c> (see <see cref="RiskRadar.Ids"/>).</param>
/// <param name="Score">0 (no sign of it) to 100 (likely), from the findings (see <see cref="RiskRadar"/>).</param>
/// <param name="Because">The ids of the rules whose findings raised the score, in id order.</param>
/// <param name="Formula">
/// The computation with its numbers, one term per rule, e.g. <c>GP308 100x3.5/11 tactics + GP611 40x2/3 goals = 58</c>;
/// added after the first three fields, which keep their names and meaning.
/// </param>
public sealed record RiskScore(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("because")] IReadOnlyList<string> Because,
    [property: JsonPropertyName("formula")] string Formula = "");
