using System.Text.Json.Serialization;

namespace Gameplan.Domain.Critique;

/// <summary>One thing a critique rule found wrong with a plan.</summary>
/// <param name="Rule">The rule id, e.g. <c>GP107</c>.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Path">Where in the plan: <c>plan</c>, <c>goals[g1]</c>, <c>strategies[s1].tactics[t1]</c>, <c>people[dana]</c>...</param>
/// <param name="Message">What is wrong: one sentence naming the item.</param>
/// <param name="Advice">What to do about it.</param>
public sealed record Finding(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("severity")] FindingSeverity Severity,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("advice")] string Advice);
