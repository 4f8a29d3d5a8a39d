using System.Text.RegularExpressions;

namespace Gameplan.Domain.Classification;

/// <summary>
/// A statement split into word tokens: <see cref="Words"/> lower-cased for matching, and the
/// original spelling kept for the phrases quoted in reasons.
/// </summary>
internal sealed partial class Statement
{
    private static readonly char[] TrailingPunctuation = ['.', ','];

    private readonly string[] _words;
    private readonly string[] _originals;

    private Statement(string[] words, string[] originals)
    {
        _words = words;
        _originals = originals;
    }

    public IReadOnlyList<string> Words => _words;

    public int Count => _words.Length;

    /// <summary>The lower-case token at <paramref name="index"/>, or "" outside the statement.</summary>
    public string this[int index] => index >= 0 && index < _words.Length ? _words[index] : "";

    public static Statement Parse(string text)
    {
        var normal = text.Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u2013', ' ').Replace('\u2014', ' ');
        var words = new List<string>();
        var originals = new List<string>();
        foreach (var match in TokenPattern().EnumerateMatches(normal))
        {
            var token = normal.AsSpan(match.Index, match.Length).TrimEnd(TrailingPunctuation);
            if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                token = token[..^2];
            }
            var original = token.ToString();
            // "30 percent" and "30 per cent" read as "30%".
            if (original.Equals("percent", StringComparison.OrdinalIgnoreCase) && words.Count > 0 && IsPlainNumber(words[^1]))
            {
                originals[^1] += " " + original;
                words[^1] += "%";
                continue;
            }
            if (original.Equals("cent", StringComparison.OrdinalIgnoreCase) && words.Count > 1 && words[^1] == "per" && IsPlainNumber(words[^2]))
            {
                originals.RemoveAt(originals.Count - 1);
                words.RemoveAt(words.Count - 1);
                originals[^1] += " per " + original;
                words[^1] += "%";
                continue;
            }
            originals.Add(original);
            words.Add(original.ToLowerInvariant());
        }
        return new Statement([.. words], [.. originals]);
    }

    private static bool IsPlainNumber(string word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0]) && !word.AsSpan().ContainsAnyExcept("0123456789.,");

    /// <summary>The original words from <paramref name="start"/> to <paramref name="end"/> inclusive, clipped to the statement.</summary>
    public string Quote(int start, int end)
    {
        start = Math.Max(start, 0);
        end = Math.Min(end, _originals.Length - 1);
        return end < start ? "" : string.Join(' ', _originals, start, end - start + 1);
    }

    /// <summary>The last word of the noun phrase starting at <paramref name="at"/> (at most four words).</summary>
    public int NounEnd(int at)
    {
        var end = at;
        while (Lexicon.Stops.Contains(this[end]) && end < at + 2)
        {
            end++;
        }
        while (end + 1 < Count && end < at + 3 && !Lexicon.Stops.Contains(this[end + 1]))
        {
            end++;
        }
        return end;
    }

    public bool Is(int index, IReadOnlySet<string> set) => set.Contains(this[index]);

    public bool Is(int index, params ReadOnlySpan<string> words) => words.IndexOf(this[index]) >= 0;

    /// <summary>True when the words at <paramref name="index"/> read <paramref name="phrase"/> (space-separated).</summary>
    public bool At(int index, string phrase)
    {
        var rest = phrase.AsSpan();
        for (var i = index; ; i++)
        {
            var space = rest.IndexOf(' ');
            var part = space < 0 ? rest : rest[..space];
            if (!part.SequenceEqual(this[i]))
            {
                return false;
            }
            if (space < 0)
            {
                return true;
            }
            rest = rest[(space + 1)..];
        }
    }

    // Money and percentages stay whole ($1.2M, 50%, 30-minute); words keep inner hyphens,
    // slashes and apostrophes (mid-market, a/b, year's).
    [GeneratedRegex(@"[$€£]?\d[\d,.]*(?:%|[a-z]{1,2}\b)?(?:-[a-z]+)*|[a-z][a-z0-9]*(?:['\-/&][a-z0-9]+)*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
