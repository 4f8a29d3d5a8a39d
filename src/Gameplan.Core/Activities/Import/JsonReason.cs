using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Why System.Text.Json refused a mapping, in the words of the mapping format: its messages name .NET
/// types ("could not be converted to Gameplan.Core...ColumnRef", "any .NET member contained in type")
/// that mean nothing to the person who wrote the file.
/// </summary>
internal static partial class JsonReason
{
    /// <summary>The place (<c>person.match</c>, or empty for the whole file) and the reason, as a sentence part.</summary>
    public static (string Where, string Why) Of(JsonException e)
    {
        var where = e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "";
        var message = e.Message;
        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            return (where, $"\"{unmapped.Groups["key"].Value}\" is not a key of the mapping format");
        }
        if (Missing().Match(message) is { Success: true } missing)
        {
            return (where, $"{missing.Groups["keys"].Value.Replace('\'', '"')} is missing");
        }
        if (Converted().Match(message) is { Success: true } converted)
        {
            return (where, $"expected {Kind(converted.Groups["type"].Value)}");
        }
        if (e.LineNumber is { } line && message.Contains("LineNumber", StringComparison.Ordinal))
        {
            return (where, $"the text is not valid JSON on line {line + 1}: {Syntax(message)}");
        }
        return (where, TypeName().IsMatch(message) ? "the value is not what the format expects here" : FirstSentence(message));
    }

    private static string Kind(string type) => type switch
    {
        "System.String" => "text in quotes",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Decimal" or "System.Double" => "a number",
        "System.Boolean" => "true or false",
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object of \"value\": \"metric\" pairs",
        _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "a list [ ... ]",
        _ when type.EndsWith("PersonMatch", StringComparison.Ordinal) || type.EndsWith("DurationFormat", StringComparison.Ordinal) => "one of the values the format lists (see docs/cli.md)",
        _ => "an object { ... }",
    };

    private static string Syntax(string message)
    {
        var first = FirstSentence(message);
        return first.StartsWith("Expected depth to be zero", StringComparison.Ordinal) ? "a { or [ is never closed." : first;
    }

    // System.Text.Json appends the path and position in more sentences; the first one is the reason.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("The JSON property '(?<key>[^']*)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex("missing required properties including: (?<keys>'[^.]*')")]
    private static partial Regex Missing();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.( |$)")]
    private static partial Regex Converted();

    [GeneratedRegex(@"\b(System|Gameplan)\.[A-Za-z]")]
    private static partial Regex TypeName();
}
