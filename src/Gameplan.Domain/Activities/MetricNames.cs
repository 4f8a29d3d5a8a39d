namespace Gameplan.Domain.Activities;

/// <summary>
/// How a metric's name reads to a person. Files, the API and the database keep the name as written
/// (<c>demos_booked</c>); pages show its words: "Demos booked" where it stands alone (a heading, a
/// column, a label) and "demos booked" inside a sentence ("12 demos booked a week"). Underscores and
/// hyphens become spaces; a word written in capitals (CRM, QBRs) keeps them, and so do the sales
/// trade's own abbreviations written in small letters (<c>new_arr</c> reads "New ARR", <c>sqls</c> "SQLs").
/// </summary>
public static class MetricNames
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "acv", "arr", "bdr", "cac", "crm", "csat", "icp", "kpi", "ltv", "mql", "mrr", "nps", "okr", "poc", "qbr", "rfp", "roi", "sdr", "sla", "sql", "tcv",
    };

    /// <summary>The metric's words starting with a capital: "Demos booked", "CRM updates".</summary>
    public static string Label(string? name)
    {
        var words = Words(name);
        return words.Length == 0 ? "" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The metric's words as they read inside a sentence: "demos booked", "CRM updates".</summary>
    public static string Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var words = name.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // "Calls" written with a capital reads "calls" in a sentence; "CRM" or "QBRs" (two capitals or more) stay as written.
            if (Abbreviation(words[i]) is { } abbreviation)
            {
                words[i] = abbreviation;
            }
            else if (!IsAcronym(words[i]))
            {
                words[i] = words[i].ToLowerInvariant();
            }
        }
        return string.Join(' ', words);
    }

    private static bool IsAcronym(string word) => word.Count(char.IsUpper) >= 2;

    /// <summary>"arr" reads "ARR", "sqls" "SQLs"; null for any other word.</summary>
    private static string? Abbreviation(string word)
    {
        if (Abbreviations.Contains(word))
        {
            return word.ToUpperInvariant();
        }
        return word.Length > 3 && word[^1] is 's' or 'S' && Abbreviations.Contains(word[..^1]) ? word[..^1].ToUpperInvariant() + "s" : null;
    }
}
