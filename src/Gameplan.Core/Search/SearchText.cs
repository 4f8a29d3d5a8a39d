using Gameplan.Domain;

namespace Gameplan.Core.Search;

/// <summary>
/// What a person typed into the search box, as the words that must each appear (in any order, any case)
/// and the LIKE patterns that find them. <c>%</c>, <c>_</c> and the escape character itself are escaped, so
/// "100%" looks for "100%" and not for every text starting with 100.
/// </summary>
public static class SearchText
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words a query may hold: each adds a condition to every query.</summary>
    public const int MaxWords = 8;

    /// <summary>The escape character of the LIKE patterns.</summary>
    public const string Escape = "\\";

    /// <summary>The distinct words of <paramref name="text"/>, lower-cased; none for a blank query.</summary>
    /// <exception cref="DomainRuleException">On field <c>q</c> when the query is too long or has too many words.</exception>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        if (text.Length > MaxLength)
        {
            throw new DomainRuleException($"q: a search is at most {MaxLength} characters long (this one has {text.Length}).", "q");
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (words.Count > MaxWords)
        {
            throw new DomainRuleException($"q: a search has at most {MaxWords} words (this one has {words.Count}).", "q");
        }
        return words;
    }

    /// <summary>The LIKE pattern that finds <paramref name="word"/> anywhere in a lower-cased text.</summary>
    public static string ContainsPattern(string word) =>
        "%" + word.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
