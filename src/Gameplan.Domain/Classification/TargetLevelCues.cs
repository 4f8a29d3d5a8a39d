namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads where a number should land: a target level ("to 35%"), a threshold ("under 2%"),
/// a move from a baseline ("from 90 to 60 days") or a size of change ("by a quarter").
/// </summary>
internal static class TargetLevelCues
{
    private static readonly IReadOnlySet<string> Thresholds = Lexicon.Set("under below above over within");

    private static readonly IReadOnlySet<string> Fractions = Lexicon.Set("half quarter third fifth tenth");

    private static readonly IReadOnlySet<string> Points = Lexicon.Set("points point percentage-points basis");

    public static void Read(Statement statement, LeadVerb verb, int at, List<Cue> found)
    {
        var word = statement[at];
        var next = Thresholds.Contains(statement[at + 1]) ? at + 2 : at + 1;
        if (word == "to" && IsLevel(statement, verb, next))
        {
            found.Add(new Cue(StatementKind.Goal, 1.0, $"sets a target level ({statement.Quote(at, next)})", CueFamily.Result));
        }
        else if (Thresholds.Contains(word) && word != "within" && statement[at - 1] != "to" && IsLevel(statement, verb, at + 1)
            && (Lexicon.IsPercent(statement[at + 1]) || Lexicon.IsMoney(statement[at + 1]) || Lexicon.TimeUnits.Contains(statement[at + 2])))
        {
            var end = Lexicon.TimeUnits.Contains(statement[at + 2]) ? at + 2 : at + 1;
            found.Add(new Cue(StatementKind.Goal, 0.8, $"sets a threshold ({statement.Quote(at, end)})", CueFamily.Result));
        }
        else if (word == "from" && Lexicon.IsNumber(statement[at + 1]))
        {
            for (var i = at + 2; i <= at + 5; i++)
            {
                if (statement[i] == "to" && Lexicon.IsNumber(statement[i + 1]))
                {
                    found.Add(new Cue(StatementKind.Goal, 1.2, $"moves a number to a target ({statement.Quote(at, i + 1)})", CueFamily.Result));
                    return;
                }
            }
        }
        else if (word == "by" && (Lexicon.IsPercent(statement[at + 1]) || Fractions.Contains(statement[at + 1])
            || (statement.Is(at + 1, "a", "one") && Fractions.Contains(statement[at + 2]))
            || (Lexicon.IsCount(statement[at + 1]) && Points.Contains(statement[at + 2]))))
        {
            var end = Fractions.Contains(statement[at + 2]) || Points.Contains(statement[at + 2]) ? at + 2 : at + 1;
            found.Add(new Cue(StatementKind.Goal, 1.0, $"says by how much ({statement.Quote(at, end)})", CueFamily.Result));
        }
    }

    /// <summary>
    /// A level is money, a percentage, or a count of results after a result verb; "pitch to
    /// three clients" names recipients, "mail samples to 40 clinics" a reach.
    /// </summary>
    private static bool IsLevel(Statement statement, LeadVerb verb, int at)
    {
        var word = statement[at];
        if (Lexicon.IsPercent(word) || Lexicon.IsMoney(word))
        {
            return true;
        }
        if (!Lexicon.IsCount(word))
        {
            return false;
        }
        // "presentations to three prospects": after an activity, "to" names whom it reaches.
        var before = statement[at - 1] == "to" ? at - 2 : at - 3;
        if (Lexicon.Deliverables.Contains(statement[before]) || Lexicon.Activities.Contains(statement[before]))
        {
            return false;
        }
        var head = ResultCues.HeadNoun(statement, at);
        if (head < 0)
        {
            return true;
        }
        return verb.Weights.Goal > 0 && !Lexicon.CustomerGroups.Contains(statement[head]) && !Lexicon.Deliverables.Contains(statement[head]);
    }
}
