namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads the marks of a tactic after the leading verb: concrete deliverables (webinar, demo,
/// case study), named tools (LinkedIn, CRM) and actions taken one by one ("every new client").
/// </summary>
internal static class ActionCues
{
    private static readonly IReadOnlySet<string> Tools = Lexicon.Set(
        "linkedin crm hubspot salesforce pipedrive slack zoom excel spreadsheet spreadsheets",
        "gong calendly mailchimp instagram facebook twitter youtube tiktok google whatsapp");

    private static readonly IReadOnlySet<string> People = Lexicon.Set(
        "rep reps seller sellers manager managers hire member employee recruiter sdr ae");

    private static readonly IReadOnlySet<string> NotOneByOne = Lexicon.Set("other time");

    /// <summary>Words that put a noun in verb position: "a leaderboard that shows", "to stand out".</summary>
    private static readonly IReadOnlySet<string> VerbPosition = Lexicon.Set("to that which who we they i you i'll we'll you'll they'll");

    /// <summary>How the action is done in person: "face to face", "door to door", "by phone".</summary>
    private static readonly string[] Manners =
        ["face to face", "face-to-face", "door to door", "door-to-door", "in person", "in-person", "by phone", "by email",
         "over the phone", "on the phone", "by mail", "by hand"];

    public static void Collect(Statement statement, LeadVerb verb, List<Cue> cues)
    {
        var deliverables = 0;
        var tool = false;
        var oneByOne = false;
        var manner = false;
        // The verb itself is read elsewhere: "post" or "demo" as a verb is not a deliverable.
        for (var i = verb.After; i < statement.Count; i++)
        {
            var word = statement[i];
            if (Lexicon.Deliverables.Contains(word) && deliverables < 2 && !AfterComparative(statement, i)
                && !VerbPosition.Contains(statement[i - 1]))
            {
                cues.Add(new Cue(StatementKind.Tactic, deliverables == 0 ? 1.2 : 0.6,
                    $"names a concrete deliverable ({statement.Quote(i, i)})", CueFamily.Action));
                deliverables++;
            }
            else if (Tools.Contains(word) && !tool)
            {
                cues.Add(new Cue(StatementKind.Tactic, 1.0, $"names a tool ({statement.Quote(i, i)})", CueFamily.Action));
                tool = true;
            }
            if (word is "each" or "every" && !oneByOne && !Lexicon.Periods.Contains(statement[i + 1])
                && !NotOneByOne.Contains(statement[i + 1]) && !statement.Is(i - 1, "after", "before"))
            {
                var person = People.Contains(statement[i + 1]) || People.Contains(statement[i + 2]);
                // Quote "every new client", not the rest of the sentence.
                var end = Lexicon.Stops.Contains(statement[i + 2]) || VerbLexicon.Match(statement, i + 2, true, out _, out _) > 0
                    || statement[i + 2].EndsWith("ly", StringComparison.Ordinal) ? i + 1 : i + 2;
                cues.Add(new Cue(StatementKind.Tactic, 0.8,
                    $"works one {(person ? "person" : "case")} at a time ({statement.Quote(i, end)})", CueFamily.Action));
                oneByOne = true;
            }
            if (!manner && MannerAt(statement, i) is { } phrase)
            {
                cues.Add(new Cue(StatementKind.Tactic, 1.0, $"says how it is done ({phrase})", CueFamily.Action));
                manner = true;
            }
            if (IsTimeBox(statement, i))
            {
                cues.Add(new Cue(StatementKind.Tactic, 1.2, $"a time box ({statement.Quote(i, i + (word.Contains('-') ? 0 : 1))})", CueFamily.Action));
            }
        }
    }

    private static string? MannerAt(Statement statement, int at)
    {
        foreach (var manner in Manners)
        {
            if (statement.At(at, manner))
            {
                return manner;
            }
        }
        return null;
    }

    private static bool AfterComparative(Statement statement, int at)
    {
        for (var i = at - 1; i >= at - 3 && i >= 0; i--)
        {
            if (statement.Is(i, "more", "fewer", "higher", "bigger"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"an hour", "30 minutes", or a "two-hour" workshop: time set aside for the action.</summary>
    private static bool IsTimeBox(Statement statement, int at)
    {
        var word = statement[at];
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && (Lexicon.IsNumber(word[..hyphen]) || word[..hyphen] is "half" or "full")
            && word[(hyphen + 1)..] is "minute" or "hour" or "day")
        {
            // "24-hour delivery" is a promise, not time set aside: the thing boxed must be an activity.
            return Lexicon.Deliverables.Contains(statement[at + 1]) || Lexicon.Deliverables.Contains(statement[at + 2]);
        }
        return (Lexicon.IsCount(word) || word is "an" or "half")
            && statement.Is(at + 1, "hour", "hours", "minutes")
            && !statement.Is(at - 1, "within", "under", "below", "than", "in");
    }
}
