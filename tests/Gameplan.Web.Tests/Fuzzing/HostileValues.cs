using System.Text.Json.Nodes;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// The values the fuzzing found 500s with, and their neighbours: numbers at and past the edges of
/// int, long and decimal; dates at the ends of the calendar and just outside the supported range;
/// long, blank, control and unicode text; and values of the wrong JSON type.
/// </summary>
internal static class HostileValues
{
    /// <summary>Each value as JSON text, so every use gets a fresh node.</summary>
    private static readonly string[] Json =
    [
        "2147483648", "2147483647", "-2147483649", "9223372036854775808", "-1", "0", "0.000001", "1.5",
        "1e308", "-1e308", "79228162514264337593543950336", "1E+30",
        "\"0001-01-01\"", "\"9999-12-31\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"1900-01-01\"", "\"2200-12-31\"", "\"2027-02-30\"",
        "\"\"", "\"   \"", "\"  padded  \"", "\"\\u2028\"", "\"\\u0000\"", "\"\\u001b]0;TITLE\\u0007\"", "\"😀 ǅ ﷽\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"team\"", "\"named\"", "\"NaN\"", "\"2147483648\"",
        "null", "true", "[]", "{}", "[\"a\", 1]", "{\"a\": 1}",
    ];

    /// <summary>A string far past every length limit.</summary>
    private static readonly string LongText = "\"" + new string('x', 5000) + "\"";

    public static IReadOnlyList<string> All { get; } = [.. Json, LongText];

    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    /// <summary>Hostile query-string values for <c>today</c>, <c>from</c>, <c>to</c>, <c>days</c>, <c>person</c>, <c>metric</c>.</summary>
    public static IReadOnlyList<string> Query { get; } =
    [
        "0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "2200-12-31", "1900-01-01", "2027-02-30", "2147483648", "-1", "0",
        "abc", "", "%00", "%E2%80%A8", new string('9', 400),
    ];
}
