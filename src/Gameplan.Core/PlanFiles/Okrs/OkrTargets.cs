using System.Globalization;
using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>A number a key result aims at: target, baseline ("from X to Y"), unit, metric, and the words it was read from.</summary>
internal sealed record OkrTarget(decimal? Baseline, decimal Target, string Unit, string Metric, string? Direction, string Read);

/// <summary>
/// Reads targets from key results: "from $1.2M to $2M", "to 40%", "100 new logos", "NRR 104% → 110%".
/// Money is in whole currency units ($1.2M is 1200000, unit currency:USD); percentages are points (40% is 40).
/// </summary>
internal static partial class OkrTargets
{
    public static OkrTarget? Read(string text)
    {
        // Dates and periods are not targets: "by 2027-06-30", "Q2", "FY27", "2027".
        var plain = OkrDues.Without(text);
        // "Reduce churn to 5%", "churn below 6%": the target is a ceiling.
        var direction = Decreasing().IsMatch(plain) || Ceiling().IsMatch(plain) ? "decrease" : Maintaining().IsMatch(plain) ? "maintain" : null;
        if (FromTo().Match(plain) is { Success: true } range && Number(range.Groups["a"].Value) is { } from && Number(range.Groups["b"].Value) is { } to)
        {
            return new OkrTarget(from.Value, to.Value, to.Unit ?? from.Unit ?? UnitAfter(plain, range), MetricOf(plain, range), null, range.Value.Trim());
        }
        foreach (Match match in Amount().Matches(plain))
        {
            if (Number(match.Value) is { } number && !IsYear(match.Value))
            {
                var unit = number.Unit ?? UnitAfter(plain, match);
                return new OkrTarget(null, number.Value, unit, MetricOf(plain, match), direction, match.Value.Trim());
            }
        }
        return null;
    }

    /// <summary>A number as a CSV target or baseline cell writes it: "2,000,000", "$2M", "40%", "100".</summary>
    public static (decimal Value, string? Unit)? Cell(string cell) =>
        Amount().Match(cell.Trim()) is { Success: true } match && match.Index == 0 ? Number(match.Value) : null;

    private static (decimal Value, string? Unit)? Number(string written)
    {
        var match = Amount().Match(written.Trim());
        if (!match.Success || !decimal.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        value *= match.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mm" or "million" => 1_000_000m,
            "b" or "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        string? unit = match.Groups["cur"].Value switch
        {
            "$" => "currency:USD",
            "€" => "currency:EUR",
            "£" => "currency:GBP",
            _ => match.Groups["code"].Success ? $"currency:{match.Groups["code"].Value.ToUpperInvariant()}" : null,
        };
        if (match.Groups["pct"].Success)
        {
            unit = "percent";
        }
        return (value, unit);
    }

    private static bool IsYear(string written) => YearOnly().IsMatch(written.Trim());

    /// <summary>Hours or minutes when the number is followed by them; a count otherwise.</summary>
    private static string UnitAfter(string text, Match number)
    {
        var after = text[(number.Index + number.Length)..].TrimStart();
        return after.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || after.StartsWith("hrs", StringComparison.OrdinalIgnoreCase) ? "hours"
            : after.StartsWith("min", StringComparison.OrdinalIgnoreCase) ? "minutes"
            : "count";
    }

    /// <summary>
    /// The metric: the words after a count ("100 new logos": new_logos), else the statement's words
    /// without its verb, numbers and small words ("Grow ARR from $1.2M to $2M": arr), at most three, snake_case.
    /// </summary>
    private static string MetricOf(string text, Match number)
    {
        var after = Words(text[(number.Index + number.Length)..]).SkipWhile(Stops.Contains).TakeWhile(w => !Stops.Contains(w)).Take(3).ToList();
        var before = Words(text[..number.Index]).ToList();
        if (before.Count > 0 && OkrOwners.IsLeadVerb(before[0]))
        {
            before.RemoveAt(0);
        }
        before = [.. before.Where(w => !Stops.Contains(w)).Take(3)];
        after = after.All(Units.Contains) ? [] : after;
        // A count names what it counts after it ("100 new logos"); money and shares name it before ("ARR to $2M", "retention at 95%").
        // A range ("from 30 days to 10 days") names what moves before it.
        var range = number.Groups["b"].Success;
        var counted = !range && UnitAfter(text, number) == "count" && !number.Value.Contains('%') && !CurrencyMark().IsMatch(number.Value);
        var words = counted ? (after.Count > 0 ? after : before) : (before.Count > 0 ? before : after);
        words = [.. words.Where(w => !Units.Contains(w))];
        return words.Count == 0 ? "result" : string.Join('_', words).Replace('-', '_').ToLowerInvariant();
    }

    /// <summary>A metric from a statement alone (its target in another column): its words without the verb and small words.</summary>
    public static string MetricOfTitle(string text)
    {
        var words = Words(OkrDues.Without(text)).ToList();
        if (words.Count > 0 && OkrOwners.IsLeadVerb(words[0]))
        {
            words.RemoveAt(0);
        }
        var metric = words.Where(w => !Stops.Contains(w) && !Units.Contains(w)).Take(3).ToList();
        return metric.Count == 0 ? "result" : string.Join('_', metric).Replace('-', '_').ToLowerInvariant();
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(w => !w.Any(char.IsDigit));

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "by", "of", "the", "a", "an", "in", "at", "our", "per", "with", "for", "on", "and", "or", "over", "under", "than", "each",
        "every", "this", "that", "we", "us", "it", "its", "into", "across", "least", "more", "less", "up", "down", "within", "before", "after",
        "q", "fy", "h", "is", "are", "be", "all", "new-", "vs", "versus", "above", "below", "total", "least", "during", "year", "quarter", "higher", "better", "lower", "greater", "fewer", "less", "or", "days", "weeks", "months",
    };

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase) { "percent", "pts", "points", "k", "m", "mm", "million", "thousand", "usd", "eur", "gbp", "hours", "hrs", "minutes", "mins" };

    [GeneratedRegex(@"(?<![\w.])(?:(?<cur>[$€£])\s?|(?<code>USD|EUR|GBP)\s)?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<mult>k|mm|m|bn|b|million|thousand|billion)\b)?(?:\s?(?<pct>%|percent\b|pts\b|points\b|pp\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:\bfrom\s+(?<a>[$€£]?\s?\d[\d,.]*\s?(?:k|mm|m|bn|b|million|thousand|billion)?\s?%?)(?:\s+[A-Za-z]+)?\s+to\s+(?<b>[$€£]?\s?\d[\d,.]*\s?(?:k|mm|m|bn|b|million|thousand|billion)?\s?%?))|(?:(?<a>[$€£]?\s?\d[\d,.]*\s?(?:k|mm|m|bn|b|million|thousand|billion)?\s?%?)\s*(?:→|->|=>|➜)\s*(?<b>[$€£]?\s?\d[\d,.]*\s?(?:k|mm|m|bn|b|million|thousand|billion)?\s?%?))", RegexOptions.IgnoreCase)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"[$€£]|USD|EUR|GBP|percent|pts|points", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyMark();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\s*(?:reduce|lower|cut|decrease|shrink|bring\s+down|halve|drop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decreasing();

    [GeneratedRegex(@"\b(?:below|under|less\s+than|at\s+most|no\s+more\s+than|fewer\s+than|max(?:imum)?(?:\s+of)?)\s+[$€£]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex Ceiling();

    [GeneratedRegex(@"^\s*(?:maintain|keep|hold|sustain)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Maintaining();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'&-]*")]
    private static partial Regex WordPattern();
}
