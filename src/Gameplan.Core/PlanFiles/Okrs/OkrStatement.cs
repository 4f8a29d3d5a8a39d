using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// One OKR line taken apart: the kind its prefix names ("KR:", "Initiative:", "Objective 2:"), the
/// owner its prefix ("CRO:", "Sales -") or its end ("(Dana)", "@dana") names, and the statement left.
/// </summary>
internal sealed partial record OkrStatement(string Text, string? Owner, OkrLevel? Named)
{
    public static OkrStatement Parse(string raw)
    {
        var text = Clean(raw);
        OkrLevel? named = null;
        if (KindPrefix().Match(text) is { Success: true } kind)
        {
            named = LevelOf(kind.Groups["kind"].Value);
            text = text[kind.Length..].Trim();
        }
        string? owner = null;
        // A prefix that is a known function or title ("CS - Onboarding Revamp") wins over words at the end.
        if (OwnerPrefix().Match(text) is { Success: true } known && (OkrOwners.IsFunction(known.Groups["owner"].Value) || OkrOwners.IsTitle(known.Groups["owner"].Value))
            && LooksLikeOwner(known.Groups["owner"].Value, explicitly: true))
        {
            owner = known.Groups["owner"].Value.Trim();
            text = text[known.Length..].Trim();
        }
        else if (TrailingOwner().Match(text) is { Success: true } trailing
            && LooksLikeOwner(trailing.Groups["owner"].Value, explicitly: trailing.Groups["label"].Success))
        {
            owner = trailing.Groups["owner"].Value.Trim();
            text = text[..trailing.Index].Trim();
        }
        else if (TrailingDash().Match(text) is { Success: true } dash && LooksLikeOwner(dash.Groups["owner"].Value, explicitly: dash.Groups["label"].Success))
        {
            owner = dash.Groups["owner"].Value.Trim();
            text = text[..dash.Index].Trim();
        }
        else if (Mention().Match(text) is { Success: true } mention)
        {
            owner = mention.Groups["owner"].Value;
            text = text.Remove(mention.Index, mention.Length).Trim();
        }
        if (owner is null && OwnerPrefix().Match(text) is { Success: true } prefix && LooksLikeOwner(prefix.Groups["owner"].Value, explicitly: false))
        {
            owner = prefix.Groups["owner"].Value.Trim();
            text = text[prefix.Length..].Trim();
            // "CRO: KR: ..." names the kind after the owner.
            if (named is null && KindPrefix().Match(text) is { Success: true } after)
            {
                named = LevelOf(after.Groups["kind"].Value);
                text = text[after.Length..].Trim();
            }
        }
        return new OkrStatement(text.TrimEnd(';', ',').Trim(), owner, named);
    }

    /// <summary>True for a line that only announces what follows: "Key results", "Initiatives:".</summary>
    public static OkrLevel? SectionOf(string raw) => Section().Match(Clean(raw)) is { Success: true } match ? LevelOf(match.Groups["kind"].Value) : null;

    /// <summary>Markdown decoration off: emphasis, code marks, a checkbox, a link's address.</summary>
    public static string Clean(string raw)
    {
        var text = Link().Replace(raw, "${text}");
        text = Checkbox().Replace(text, "");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    private static OkrLevel LevelOf(string kind) => kind.ToLowerInvariant() switch
    {
        var k when k.StartsWith('o') => OkrLevel.Objective,
        var k when k.StartsWith('k') => OkrLevel.KeyResult,
        _ => OkrLevel.Initiative,
    };

    /// <summary>
    /// An owner is short: a function, a title or a name, at most four words, no digits, not led by a verb;
    /// a lower-case word only when labelled ("(owner: dana)"), since "(pilot)" is a remark.
    /// </summary>
    private static bool LooksLikeOwner(string candidate, bool explicitly)
    {
        var owner = candidate.Trim();
        if (owner.Length is 0 or > 40 || owner.Any(char.IsDigit) || owner.Contains('%') || owner.Contains('$'))
        {
            return false;
        }
        var words = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || NotOwners.Contains(words[0]) || OkrOwners.IsLeadVerb(words[0]))
        {
            return false;
        }
        // A name or a function is written with a capital ("Dana", "CS", "RevOps"); a handle ("dana") only when labelled.
        return explicitly || OkrOwners.IsFunction(owner) || words.All(w => char.IsUpper(w[0]) || OkrOwners.Joiners.Contains(w) || w == "&");
    }

    private static readonly HashSet<string> NotOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "in", "from", "to", "e.g.", "eg", "i.e.", "ie", "see", "was", "from", "stretch", "committed", "aspirational", "baseline", "target",
        "current", "note", "optional", "tbd", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "eoy", "due", "approx", "est", "incl", "including", "excl",
    };

    [GeneratedRegex(@"^(?:(?<kind>objective|obj|key\s*result|kr|initiative|action|project|o)\s*(?:\d+(?:\.\d+)*)?\s*[:.)\-–—]\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex KindPrefix();

    [GeneratedRegex(@"^(?:(?<kind>key\s*results?|krs|initiatives|actions|projects|objectives)(?:\s*&\s*\w+)?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?<owner>[^:()\-–—]{1,40}?)\s*(?::|\s[-–—])\s+")]
    private static partial Regex OwnerPrefix();

    [GeneratedRegex(@"[\[(](?<label>(?:owners?|dri)\s*[:=]\s*)?(?<owner>[^()\[\]]{1,40})[\])]\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingOwner();

    [GeneratedRegex(@"\s(?:[-–—]|[,;]\s*(?=owners?\b|dri\b))\s*(?<label>(?:owners?|dri)\s*[:=]\s*)?(?<owner>[^-–—:;,()]{1,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDash();

    [GeneratedRegex(@"(?:^|\s)@(?<owner>[A-Za-z][A-Za-z0-9._-]{0,39})\b")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\[[ xX]\]\s*")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
