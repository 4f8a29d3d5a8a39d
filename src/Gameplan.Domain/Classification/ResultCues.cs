namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads the measurable result a goal names: percentages, money, counted results, comparatives
/// ("more deals"), end states ("profitable") and the result a result verb moves ("the sales cycle").
/// </summary>
internal static class ResultCues
{
    private static readonly IReadOnlySet<string> Comparatives =
        Lexicon.Set("more higher fewer bigger larger better greater faster lower shorter smaller");

    private static readonly IReadOnlySet<string> EndStates = Lexicon.Set(
        "profitable profitability break-even acquired leader top-selling number-one ramped promotion job",
        "role internship certification degree self-sustaining cash-flow-positive exam licence license diploma award",
        "productive spot");

    private static readonly IReadOnlySet<string> NotEndStateAfter = Lexicon.Set(
        "search openings opening fair fairs board boards posting postings course courses programme program");

    /// <summary>Things counted one by one: "orders over $50" limits which orders, it is not a result.</summary>
    private static readonly IReadOnlySet<string> Countables = Lexicon.Set(
        "orders accounts deals customers clients contracts purchases baskets carts opportunities invoices");

    private static readonly IReadOnlySet<string> MetricModifiers = Lexicon.Set("average response turnaround conversion churn retention win");

    public static void Collect(Statement statement, LeadVerb verb, List<Cue> cues)
    {
        var found = new List<Cue>();
        for (var i = 0; i < statement.Count; i++)
        {
            var word = statement[i];
            if ((Lexicon.IsPercent(word) || Lexicon.IsMoney(word)) && IsQualifier(statement, i))
            {
                continue;
            }
            if (Lexicon.IsMoney(word) && IsBudget(statement, i) is var budget and >= 0)
            {
                // "with a budget of $10,000", "spend $500 on ads": money put in, not a result.
                found.Add(new Cue(StatementKind.Tactic, 0.8, $"sets a budget ({statement.Quote(budget, i)})", CueFamily.Action));
                continue;
            }
            if (Lexicon.IsPercent(word))
            {
                found.Add(statement.Is(i + 1, "discount", "off", "rebate")
                    ? new Cue(StatementKind.Tactic, 1.0, $"names an offer ({statement.Quote(i, i + 1)})", CueFamily.Action)
                    : new Cue(StatementKind.Goal, 1.5, $"names a numeric result ({statement.Quote(i, i)})", CueFamily.Result));
            }
            else if (Lexicon.IsMoney(word))
            {
                found.Add(new Cue(StatementKind.Goal, 1.5, $"names a money result ({statement.Quote(i, i)})", CueFamily.Result));
            }
            else if (Lexicon.IsCount(word))
            {
                CountedThing(statement, verb, i, found);
            }
            else if (Comparatives.Contains(word) && statement[i - 1] != "or" && statement[i + 1] != "than")
            {
                Comparative(statement, i, found);
            }
            else if (EndStates.Contains(word) && !NotEndStateAfter.Contains(statement[i + 1]) && !AfterAgent(statement, i))
            {
                found.Add(new Cue(StatementKind.Goal, 1.2, $"names an end state ({statement.Quote(i, i)})", CueFamily.Result));
            }
            else if (word == "break" && statement[i + 1] == "even" && i > 0)
            {
                found.Add(new Cue(StatementKind.Goal, 1.2, "names an end state (break even)", CueFamily.Result));
            }
            TargetLevelCues.Read(statement, verb, i, found);
        }
        MovedResult(statement, verb, found);
        // One cue per reason kind: three percentages are not three times the evidence.
        foreach (var cue in Cue.FirstOfEachLabel(found))
        {
            cues.Add(cue);
        }
    }

    private static readonly IReadOnlySet<string> Spending = Lexicon.Set(
        "budget budgets spend spending spent cost costs costing investment allowance fee fees stipend");

    /// <summary>The position of the spending word a few words before the money at <paramref name="at"/>, or -1.</summary>
    private static int IsBudget(Statement statement, int at)
    {
        for (var i = at - 1; i >= at - 3 && i >= 0; i--)
        {
            if (Spending.Contains(statement[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"underserved by the market leader": after "by the" an end state names someone else.</summary>
    private static bool AfterAgent(Statement statement, int at) =>
        statement.At(at - 2, "by the") || statement.At(at - 3, "by the") || statement.At(at - 2, "by a");

    private static bool IsQualifier(Statement statement, int at) =>
        statement.Is(at - 1, "over", "under", "below", "above") && Countables.Contains(statement[at - 2]);

    private static void CountedThing(Statement statement, LeadVerb verb, int at, List<Cue> found)
    {
        if (statement[at - 1] == "top" || statement.Is(at + 1, "largest", "biggest", "highest", "most"))
        {
            // "the 50 largest clinics" after "to" or "at" receive an action; they are not a chosen market.
            if (!statement.Is(at - 2, "to", "at", "with", "for") && !statement.Is(at - 3, "to", "at", "with", "for"))
            {
                found.Add(new Cue(StatementKind.Strategy, 1.0, $"selects target accounts ({statement.Quote(at - 1, at + 2)})", CueFamily.Choice));
            }
            return;
        }
        if (statement[at + 1] == "times" && !statement.Is(at + 2, "a", "per", "each", "every"))
        {
            found.Add(new Cue(StatementKind.Goal, 1.0, $"names a multiple ({statement.Quote(at, at + 1)})", CueFamily.Result));
            return;
        }
        var head = HeadNoun(statement, at);
        if (head >= 0 && (statement.At(at - 2, "more than") || statement.At(at + 1, "or more")))
        {
            var start = statement[at - 1] == "than" ? at - 2 : at;
            found.Add(new Cue(StatementKind.Strategy, 1.0, $"chooses a segment by size ({statement.Quote(start, head)})", CueFamily.Choice));
            return;
        }
        if (head < 0 || statement[at - 1] == "than")
        {
            return;
        }
        var noun = statement[head];
        if (statement[at] == "one" && (Lexicon.Activities.Contains(noun) || Lexicon.Deliverables.Contains(noun)))
        {
            // "into one offer": a single thing, not a volume.
            return;
        }
        if (Lexicon.Activities.Contains(noun))
        {
            // "make 50 new business phone calls", "book 10 discovery meetings": the volume of an activity.
            found.Add(new Cue(StatementKind.Tactic, 1.2, $"counts an activity ({statement.Quote(at, head)})", CueFamily.Action));
        }
        else if (Lexicon.Deliverables.Contains(noun))
        {
            found.Add(new Cue(StatementKind.Tactic, 1.0, $"a countable activity ({statement.Quote(at, head)})", CueFamily.Action));
        }
        else if (statement[at + 1] == "new" || Lexicon.ResultNouns.Contains(noun))
        {
            // The verb's own object ("Win 12 new logos") weighs most; after a preposition
            // ("pitch to three clients") the count names whom an action reaches.
            var weight = at == verb.After || statement.Is(at - 1, "least", "another", "additional") ? 2.0
                : Lexicon.Stops.Contains(statement[at - 1]) && statement[at - 1] is not ("the" or "our") ? 0.6 : 1.2;
            found.Add(new Cue(StatementKind.Goal, weight, $"names a counted result ({statement.Quote(at, head)})", CueFamily.Result));
        }
        else if (statement[at] != "one")
        {
            // Any other count ("200 families", "three grocery chains") is weaker evidence of a result.
            var weight = at == verb.After || statement[at - 1] == "least" ? 1.2 : 0.6;
            found.Add(new Cue(StatementKind.Goal, weight, $"names a counted result ({statement.Quote(at, head)})", CueFamily.Result));
        }
    }

    /// <summary>The last word of the noun phrase after a number, or -1 when it is a time unit or missing.</summary>
    public static int HeadNoun(Statement statement, int at)
    {
        var head = -1;
        for (var i = at + 1; i <= at + 5 && i < statement.Count && !Lexicon.Stops.Contains(statement[i]); i++)
        {
            head = i;
        }
        return head < 0 || Lexicon.TimeUnits.Contains(statement[head]) ? -1 : head;
    }

    private static void Comparative(Statement statement, int at, List<Cue> found)
    {
        for (var i = at + 1; i <= at + 3 && !Lexicon.Stops.Contains(statement[i]); i++)
        {
            if (Lexicon.ResultNouns.Contains(statement[i]))
            {
                // "bonuses for greater customer share": after "for" the result is the purpose of an action.
                var purpose = statement.Is(at - 1, "for", "towards", "toward") || statement.At(at - 2, "aimed at");
                found.Add(new Cue(StatementKind.Goal, purpose ? 0.6 : 1.5,
                    $"names a comparative result ({statement.Quote(at, i)})", CueFamily.Result));
                return;
            }
        }
    }

    /// <summary>"Shrink the sales cycle", "Win the state tender": a result verb whose object is a result.</summary>
    private static void MovedResult(Statement statement, LeadVerb verb, List<Cue> found)
    {
        // Weak evidence: it names no number, so it leaves the "no number" lean to strategy in place.
        if (!verb.Exists || verb.Weights.Goal < 0.8 || found.Exists(cue => cue.Kind == StatementKind.Goal))
        {
            return;
        }
        // "a customer" is one instance, not a result to move.
        if (statement.Is(verb.After, "a", "an"))
        {
            return;
        }
        var start = statement.Is(verb.After, "the", "our", "my", "every", "each", "all") ? verb.After + 1 : verb.After;
        // "Hire and ramp reps": the verb has no object of its own.
        if (Lexicon.Stops.Contains(statement[start]))
        {
            return;
        }
        var head = start;
        while (head + 1 < start + 4 && head + 1 < statement.Count && !Lexicon.Stops.Contains(statement[head + 1]))
        {
            head++;
        }
        // The head decides ("customer education" is education); metric words also count as modifiers.
        for (var i = start; i <= head; i++)
        {
            if ((Lexicon.ResultNouns.Contains(statement[i]) && (i == head || MetricModifiers.Contains(statement[i])))
                || (i == head && ChoiceCues.IsCountedBase(statement, i)))
            {
                found.Add(new Cue(StatementKind.Goal, 0.8, $"names the result it moves ({statement.Quote(start, i)})", CueFamily.Result));
                return;
            }
        }
    }
}
