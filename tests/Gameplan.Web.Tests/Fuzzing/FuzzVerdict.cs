using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// What is wrong with an answer to a hostile request, or null: never a 5xx; a 400 is a problem whose
/// <c>errors</c> name the field (the one that was changed, or one beside it); every other refusal is a
/// problem with a title; no message shows a .NET type name.
/// </summary>
internal static partial class FuzzVerdict
{
    public static string? Judge(HttpStatusCode status, string? mediaType, string body, string field, IReadOnlyList<string> refusedAnyway)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return $"server error {code}";
        }
        if (code < 400)
        {
            return null;
        }
        if (DotNetName().Match(body) is { Success: true } leak)
        {
            return $"shows the .NET name '{leak.Value}'";
        }
        if (mediaType != "application/problem+json")
        {
            return $"{code} is not a problem (content type {mediaType})";
        }
        using var problem = JsonDocument.Parse(body);
        if (status != HttpStatusCode.BadRequest)
        {
            return problem.RootElement.TryGetProperty("title", out _) ? null : $"{code} without a title";
        }
        if (!problem.RootElement.TryGetProperty("errors", out var errors) || !errors.EnumerateObject().Any())
        {
            return "400 names no field";
        }
        if (errors.EnumerateObject().Any(e => e.Value.GetArrayLength() == 0 || e.Value.EnumerateArray().Any(m => string.IsNullOrWhiteSpace(m.GetString()))))
        {
            return "400 with an empty message";
        }
        var named = errors.EnumerateObject().Select(e => e.Name).ToList();
        // When the valid body itself is refused (an earlier hostile body renamed the person it names), the route's refusals
        // say nothing about the changed field: only their shape is judged.
        return refusedAnyway.Count > 0 || named.Any(name => Related(name, field)) ? null : $"400 names {string.Join(", ", named)}, not {field}";
    }

    /// <summary>
    /// The error is about the changed field when they share their first segment (<c>period.end</c> for
    /// a changed <c>period.start</c>), when a plan file's path ends in the changed key
    /// (<c>strategies[s1].tactics[t1].due</c> for <c>due</c>; an <c>id</c> is named as the element's key),
    /// or when the body as a whole was unreadable.
    /// </summary>
    private static bool Related(string named, string field) =>
        named == "body" || field == "body" || field.Split(" + ").Any(f => Partners.Contains((Top(f), Top(named))) ||
            Partners.Contains((Last(f), Last(named))) ||
            Top(f) == Top(named) || named.EndsWith("." + f, StringComparison.Ordinal) || named.Contains("." + f + ".", StringComparison.Ordinal)
            || (f == "id" && named.Contains('[', StringComparison.Ordinal)));

    /// <summary>
    /// Fields answered for by another: named assignees without people is a problem of the assignees;
    /// a batch without its list is read as one activity, which then lacks its date; a range whose
    /// ends cross is named by the end the reader must change (a tactic's start and due, a cycle's period too); a plan
    /// whose scope (changed or left out: a team plan) asks for a team it lacks is named by its team.
    /// </summary>
    private static readonly HashSet<(string Changed, string Named)> Partners =
        [("people", "assignees"), ("activities", "date"), ("from", "to"), ("to", "from"), ("start", "due"), ("due", "start"), ("scope", "team"),
         ("period_start", "period_end"), ("period_end", "period_start")];

    private static string Top(string path) => path.Split('.', '[')[0];

    /// <summary>A path's last name (<c>due</c> of <c>strategies[s3].tactics[t9].due</c>), so partners pair in a plan file too.</summary>
    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..].Split('[')[0];

    [GeneratedRegex(@"\bSystem\.[A-Z]\w+|\bMicrosoft\.[A-Z]\w+|\w+Exception\b|\bInt(32|64)\b|\bNullable`|\bDateOnly\b|\bJsonElement\b|\w+`\d")]
    private static partial Regex DotNetName();
}
