namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads the marks of a strategy: a trade-off ("rather than"), a means ("by partnering"), a
/// route ("through a distributor"), a position ("as the premium option"), a chosen segment,
/// an approach ("value-based selling"), a capability to build ("culture") and lasting aims.
/// </summary>
internal static class ChoiceCues
{
    private static readonly IReadOnlySet<string> Segments = Lexicon.Set(
        "enterprise enterprises mid-market midmarket mid-sized midsize smb smbs small-business upmarket",
        "downmarket vertical verticals sector sectors segment segments industry industries niche regulated",
        "public-sector government healthcare rural independent family-owned family-run b2b b2c multi-site",
        "fintech market markets international underserved unserved overlooked untapped neglected");

    /// <summary>Verbs that pick where to play when their object is a segment: "define a segment", "pick a niche".</summary>
    private static readonly IReadOnlySet<string> Picking = Lexicon.Set("define identify choose select pick find name");

    private static readonly IReadOnlySet<string> ApproachWords = Lexicon.Set(
        "approach consultative motion model pitch story messaging positioning tier freemium bundling",
        "evidence credentials expertise wedge proposition differentiation value-based account-based go-to-market");

    private static readonly string[] ApproachSuffixes =
        ["-based", "-led", "-driven", "-centric", "-first", "-focused", "-oriented", "-serve"];

    private static readonly IReadOnlySet<string> Capabilities = Lexicon.Set(
        "culture foundation infrastructure alignment collaboration relationship relationships criteria process",
        "processes ecosystem presence brand capability capabilities offering mix reputation enablement",
        "partnerships partnership stack structure compensation pricing coverage platform base proposition",
        "channel channels engine community organisation organization function discipline");

    private static readonly IReadOnlySet<string> Contrasts = Lexicon.Set("instead rather ahead beyond over");

    private static readonly IReadOnlySet<string> Mains = Lexicon.Set("main primary default core go-to preferred");

    private static readonly IReadOnlySet<string> Routes = Lexicon.Set(
        "source channel engine route focus pipeline market offer product motion lever driver way message story");

    private static readonly IReadOnlySet<string> PurposeVerbs = Lexicon.Set(
        "win compete stand differentiate match beat outsell cover build lock outgrow outpace protect");

    private static readonly IReadOnlySet<string> Lasting = Lexicon.Set("long-term repeatable scalable sustainable lasting durable");

    private static readonly IReadOnlySet<string> NotGerunds = Lexicon.Set(
        "morning evening spring meeting training marketing pricing funding during something thing string");

    public static void Collect(Statement statement, LeadVerb verb, List<Cue> cues)
    {
        var found = new List<Cue>();
        for (var i = 0; i < statement.Count; i++)
        {
            var word = statement[i];
            if (Contrasts.Contains(word) && IsContrast(statement, i))
            {
                found.Add(Choice(2.0, "makes a trade-off", statement.Quote(i, i + 3)));
            }
            // A clause that starts with "by sending ..." is read by its verb, not as how a goal is won.
            else if (word == "by" && IsGerund(statement[i + 1]) && i + 1 != verb.At)
            {
                found.Add(Choice(2.0, "says how to win", statement.Quote(i, i + 1)));
            }
            else if (word is "through" or "via" && !Lexicon.IsNumber(statement[i + 1]) && !statement.At(i + 1, "the end")
                && !statement.At(i + 1, "the next"))
            {
                found.Add(Choice(1.2, "names a route", statement.Quote(i, statement.NounEnd(i + 1))));
            }
            else if (word == "as" && statement.Is(i + 1, "the", "a", "an", "our", "its") && statement[i - 1] is not ("such" or "well" or "soon"))
            {
                found.Add(Choice(1.2, "claims a position", statement.Quote(i, statement.NounEnd(i + 1))));
            }
            else if (word == "from" && !Lexicon.IsNumber(statement[i + 1]) && ShiftEnd(statement, i) is var shiftEnd and > 0)
            {
                found.Add(Choice(1.2, "names a shift", statement.Quote(i, shiftEnd)));
            }
            else if (Mains.Contains(word) && i > 0 && Routes.Contains(statement[statement.NounEnd(i + 1)]))
            {
                found.Add(Choice(1.0, "names a main route", statement.Quote(i, i + 1)));
            }
            else if (statement.Is(i, "centre", "center", "heart", "core", "backbone", "cornerstone") && statement[i - 1] == "the"
                && statement[i + 1] == "of")
            {
                found.Add(Choice(1.2, "puts something at the centre", statement.Quote(i - 1, i + 1)));
            }
            else if (word == "to" && PurposeVerbs.Contains(statement[i + 1]) || word == "so" && statement[i + 1] != "far")
            {
                found.Add(Choice(0.8, "says what it wins with", statement.Quote(i, i + 2)));
            }
            if (i >= verb.After || i < verb.At)
            {
                Vocabulary(statement, i, found);
            }
        }
        if (verb.Exists && Picking.Contains(statement[verb.At]) && PicksSegment(statement, verb.After))
        {
            found.Add(Choice(1.5, "picks where to play", statement.Quote(verb.At, statement.NounEnd(verb.After))));
        }
        foreach (var cue in Cue.FirstOfEachLabel(found))
        {
            cues.Add(cue);
        }
    }

    private static bool PicksSegment(Statement statement, int after)
    {
        for (var i = after; i <= after + 3 && i < statement.Count; i++)
        {
            if (Segments.Contains(statement[i]) || Lexicon.CustomerGroups.Contains(statement[i]) || statement[i] is "niche" or "customers" or "buyers")
            {
                return true;
            }
        }
        return false;
    }

    private static void Vocabulary(Statement statement, int at, List<Cue> found)
    {
        var word = statement[at];
        var countedBefore = Lexicon.IsNumber(statement[at - 1]) || Lexicon.IsNumber(statement[at - 2]);
        // "market share", "market leader": a result or a rival, not a chosen market.
        if ((Segments.Contains(word) || Lexicon.CustomerGroups.Contains(word)) && !countedBefore
            && !(word == "market" && statement.Is(at + 1, "share", "leader", "leadership", "position", "value", "cap")))
        {
            var start = word is "market" or "markets" or "sector" or "segment" && !Lexicon.Stops.Contains(statement[at - 1]) ? at - 1 : at;
            // "a loyalty program for repeat buyers": whom a deliverable serves, not a chosen market.
            found.Add(Choice(ServedByDeliverable(statement, at) ? 0.4 : 1.0, "chooses a segment", statement.Quote(start, statement.NounEnd(at))));
        }
        else if ((ApproachWords.Contains(word) && !Lexicon.Deliverables.Contains(statement[at + 1])) || HasApproachSuffix(word)
            || (word == "selling" && at > 0 && !Lexicon.Stops.Contains(statement[at - 1])))
        {
            found.Add(Choice(1.0, "names an approach", statement.Quote(at, statement.NounEnd(at))));
        }
        else if (Capabilities.Contains(word) && !Lexicon.Deliverables.Contains(statement[at + 1]) && !IsCountedBase(statement, at))
        {
            found.Add(Choice(1.0, "shapes a capability", statement.Quote(at, at)));
        }
        else if (Lasting.Contains(word) || (word == "across" && statement.Is(at + 1, "all", "the", "our")))
        {
            found.Add(Choice(0.6, "aims for something lasting", statement.Quote(at, word == "across" ? statement.NounEnd(at + 1) : at)));
        }
    }

    /// <summary>True when the words before <paramref name="at"/> read "deliverable for|to|with [modifiers]".</summary>
    private static bool ServedByDeliverable(Statement statement, int at)
    {
        for (var i = at - 1; i >= at - 3 && i > 0; i--)
        {
            if (statement.Is(i, "for", "to", "with"))
            {
                return Lexicon.Deliverables.Contains(statement[i - 1]) || Lexicon.Activities.Contains(statement[i - 1]);
            }
        }
        return false;
    }

    /// <summary>"customer base", "installed base": a quantity a goal grows, not a capability to shape.</summary>
    public static bool IsCountedBase(Statement statement, int at) =>
        statement[at] == "base" && statement.Is(at - 1, "customer", "client", "user", "subscriber", "installed", "install", "donor", "member", "fan");

    private static bool HasApproachSuffix(string word)
    {
        foreach (var suffix in ApproachSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsContrast(Statement statement, int at) => statement[at] switch
    {
        "instead" => statement[at + 1] == "of",
        "rather" => statement[at + 1] == "than",
        "ahead" => statement[at + 1] == "of" && at > 1,
        "beyond" => true,
        // "over the next two weeks", "year over year", "over last year" are time, not a preference.
        _ => statement[at - 1] != "year" && !statement.Is(at + 1, "the", "last", "time", "year")
            && !Lexicon.IsNumber(statement[at + 1]) && at > 1,
    };

    private static bool IsGerund(string word) =>
        word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && !NotGerunds.Contains(word);

    /// <summary>The end of "from X to Y" when neither side is a number; 0 when there is no such shift.</summary>
    private static int ShiftEnd(Statement statement, int at)
    {
        for (var i = at + 2; i <= at + 5 && i < statement.Count; i++)
        {
            if (statement[i] is "to" or "toward" or "towards" or "into")
            {
                return Lexicon.IsNumber(statement[i + 1]) ? 0 : statement.NounEnd(i + 1);
            }
        }
        return 0;
    }

    private static Cue Choice(double weight, string label, string quote) =>
        new(StatementKind.Strategy, weight, $"{label} ({quote})", CueFamily.Choice);
}
