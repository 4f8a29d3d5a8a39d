using System.Globalization;
using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>A repeated activity an initiative counts ("Make 50 calls each week"): one activity commitment of its owner.</summary>
internal static partial class OkrActivities
{
    public static PlanFileActivity? Read(string text)
    {
        if (PerPeriod().Match(OkrDues.Without(text)) is not { Success: true } match
            || !(decimal.TryParse(match.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
                || NumberWords.TryGetValue(match.Groups["n"].Value, out target)))
        {
            return null;
        }
        var words = match.Groups["what"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Small.Contains(w)).TakeLast(2).ToList();
        var per = match.Groups["per"].Value.ToLowerInvariant() switch
        {
            var p when p.StartsWith("week", StringComparison.Ordinal) => "week",
            var p when p.StartsWith("month", StringComparison.Ordinal) => "month",
            var p when p.StartsWith("quarter", StringComparison.Ordinal) => "quarter",
            _ => "day",
        };
        var unit = words.LastOrDefault()?.ToLowerInvariant() switch
        {
            "hours" or "hour" or "hrs" => "hours",
            "minutes" or "minute" or "mins" => "minutes",
            _ => "count",
        };
        return words.Count == 0 ? null : new PlanFileActivity
        {
            Metric = string.Join('_', words).Replace('-', '_').ToLowerInvariant(),
            Unit = unit,
            Target = target,
            Per = per,
        };
    }

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["fifty"] = 50,
    };

    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase) { "new", "the", "a", "an", "of", "more", "at", "least", "business" };

    [GeneratedRegex(@"(?<!\S)(?<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)\s+(?<what>[A-Za-z][A-Za-z -]{0,40}?)\s+(?:per|each|every|a|an|/)\s*(?:working\s+|business\s+)?(?<per>day|week|month|quarter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();
}
