namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads how a statement opens: a stated goal ("our goal is to"), a subject that spreads the
/// action over people ("each rep"), the leading verb, and verbs joined to it by "and".
/// </summary>
internal static class LeadVerbCues
{
    private static readonly string[] Preambles =
    [
        "we will", "we want to", "we need to", "we must", "we should",
        "i will", "i want to", "i need to", "i must", "let's", "lets",
        "we aim to", "i aim to", "aim to", "plan to", "try to", "to",
    ];

    /// <summary>
    /// What joins a subject to its action in real text: "A family-style restaurant wants to
    /// increase sales", "you should be upselling", "I'll call": the verb comes after them.
    /// Longest first, so "would like to" is not read as "would".
    /// </summary>
    private static readonly string[] Modals =
    [
        "would like to", "is going to", "are going to", "am going to",
        "wants to", "want to", "needs to", "need to", "plans to", "plan to", "hopes to", "hope to",
        "aims to", "aim to", "expects to", "expect to", "intends to", "intend to", "has to", "have to",
        "should be", "will be", "must be", "should", "will", "must", "shall", "can", "would",
    ];

    private static readonly IReadOnlySet<string> Contracted = Lexicon.Set("i'll we'll you'll they'll he'll she'll i'd we'd");

    /// <summary>"this goal", "our target": what a result verb refers back to when the means follows ("by talking to ...").</summary>
    private static readonly IReadOnlySet<string> Referents = Lexicon.Set("goal goals target targets objective objectives quota number numbers plan");

    private static readonly IReadOnlySet<string> GoalWords = Lexicon.Set("goal target objective aim ambition");

    private static readonly IReadOnlySet<string> Subjects = Lexicon.Set("each every all our my the");

    /// <summary>Adds the opening's cues and returns the leading verb.</summary>
    public static LeadVerb Collect(Statement statement, List<Cue> cues)
    {
        var start = SkipPreamble(statement, cues);
        var verbAt = FindVerbAfterSubject(statement, start, cues);
        var length = VerbLexicon.Match(statement, verbAt, allowThirdPerson: verbAt > start, out var verb, out var weights);
        if (length == 0 && verbAt == start)
        {
            length = VerbLexicon.MatchPast(statement, verbAt, out verb, out weights);
        }
        if (length == 0 && AfterModal(statement, start) is var modal and > 0)
        {
            verbAt = modal;
            length = VerbLexicon.Match(statement, verbAt, allowThirdPerson: false, out verb, out weights);
        }
        if (length == 0)
        {
            return new LeadVerb(start, start, default);
        }
        if (weights.Goal >= 1.2 && MeansAfterReferent(statement, verbAt + length) is var means and > 0
            && VerbLexicon.Match(statement, means, false, out var meansVerb, out var meansWeights) is var meansLength and > 0)
        {
            // "Achieve this goal by talking to twice as many leads": the statement is its means.
            cues.Add(new Cue(StatementKind.Tactic, 0.5, $"says how a stated goal is met ({statement.Quote(verbAt, means)})", CueFamily.Verb));
            verbAt = means;
            length = meansLength;
            verb = meansVerb;
            weights = meansWeights;
        }
        AddVerb(cues, verb, weights, 1.0, "starts with a result verb", "starts with a direction verb", "a concrete action verb");
        var after = verbAt + length;
        for (var i = after; i < statement.Count - 1; i++)
        {
            // "Hire a designer to redo the deck": the purpose is a concrete task.
            if (statement[i] == "to" && VerbLexicon.Match(statement, i + 1, false, out var task, out var taskWeights) > 0
                && new LeadVerb(i + 1, i + 2, taskWeights).LeansTo(StatementKind.Tactic) && taskWeights.Tactic >= 1.3)
            {
                cues.Add(new Cue(StatementKind.Tactic, 0.8, $"serves a concrete task (to {task})", CueFamily.Verb));
            }
            // "adopt a CRM and migrate ..." : a second action weighs half.
            // "evaluation and onboarding process": a gerund joins a gerund only ("calling and following up").
            if (statement[i] == "and" && VerbLexicon.Match(statement, i + 1, false, out var next, out var nextWeights) > 0
                && !Lexicon.Deliverables.Contains(statement[i + 1])
                && (!statement[i + 1].EndsWith("ing", StringComparison.Ordinal) || statement[verbAt].EndsWith("ing", StringComparison.Ordinal)))
            {
                AddVerb(cues, next, nextWeights, 0.5, "also a result verb", "also a direction verb", "also a concrete action verb");
            }
        }
        return new LeadVerb(verbAt, after, weights);
    }

    private static int SkipPreamble(Statement statement, List<Cue> cues)
    {
        // "Our goal is to ...", "The 2021 goal was to ...", "Our revenue target for the coming year is ...":
        // the writer says it is a goal.
        for (var i = 1; i <= 3 && statement.Is(0, "our", "the", "my"); i++)
        {
            if (!GoalWords.Contains(statement[i]))
            {
                continue;
            }
            // Directly ("goal is") or after a phrase that starts with a preposition ("target for the year is");
            // "The target market is ..." names a market, not a goal.
            var last = statement.Is(i + 1, "for", "of", "in", "this", "next") ? i + 7 : i + 1;
            for (var j = i + 1; j <= last && j < statement.Count; j++)
            {
                if (statement.Is(j, "is", "was"))
                {
                    cues.Add(new Cue(StatementKind.Goal, 1.5, $"states a goal ({statement.Quote(0, j)})", CueFamily.Verb));
                    return statement[j + 1] == "to" ? j + 2 : j + 1;
                }
            }
        }
        var start = 0;
        foreach (var preamble in Preambles)
        {
            if (statement.At(0, preamble))
            {
                start = preamble.AsSpan().Count(' ') + 1;
                break;
            }
        }
        // Clauses cut from longer sentences: "then I send ...", "hopefully doubling ...", "by sending ...".
        while (start < statement.Count - 1 && IsFiller(statement, start))
        {
            start++;
            if (statement.Is(start, "i", "we"))
            {
                start++;
            }
        }
        return start;
    }

    private static readonly IReadOnlySet<string> Fillers = Lexicon.Set("then also and plus so first next finally additionally again");

    /// <summary>A word before the verb that does not change what the statement is.</summary>
    private static bool IsFiller(Statement statement, int at)
    {
        var word = statement[at];
        var next = at + (statement.Is(at + 1, "i", "we") ? 2 : 1);
        return (Fillers.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
                || (word == "by" && at == 0 && statement[next].EndsWith("ing", StringComparison.Ordinal)))
            && VerbLexicon.Match(statement, next, allowThirdPerson: true, out _, out _) > 0;
    }

    /// <summary>The position after a subject and its modal ("The team will", "you should be"), or 0 when none is near the start.</summary>
    private static int AfterModal(Statement statement, int start)
    {
        for (var i = start; i <= start + 5 && i < statement.Count - 1; i++)
        {
            if (Contracted.Contains(statement[i]))
            {
                return statement.At(i + 1, "like to") ? i + 3 : i + 1;
            }
            foreach (var modal in Modals)
            {
                if (statement.At(i, modal))
                {
                    return i + modal.AsSpan().Count(' ') + 1;
                }
            }
            // A subject is a few nouns: a verb, a stop word other than an article, or a number ends the search.
            if (i > start && (Lexicon.Stops.Contains(statement[i]) && !statement.Is(i, "the", "a", "an", "our", "my", "their", "your")
                || Lexicon.IsNumber(statement[i])))
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>The gerund's position in "... this goal by talking ...", or 0.</summary>
    private static int MeansAfterReferent(Statement statement, int after)
    {
        var i = after;
        if (statement.Is(i, "this", "that", "the", "these", "those", "my", "our", "it"))
        {
            if (statement[i] == "it")
            {
                return statement[i + 1] == "by" && statement[i + 2].EndsWith("ing", StringComparison.Ordinal) ? i + 2 : 0;
            }
            i++;
        }
        return Referents.Contains(statement[i]) && statement[i + 1] == "by" && statement[i + 2].EndsWith("ing", StringComparison.Ordinal)
            ? i + 2 : 0;
    }

    private static int FindVerbAfterSubject(Statement statement, int start, List<Cue> cues)
    {
        if (!Subjects.Contains(statement[start]))
        {
            return start;
        }
        for (var i = start + 1; i <= start + 4 && i < statement.Count; i++)
        {
            var thirdPerson = statement[i].EndsWith('s');
            // "Our share of ..." is a noun; a subject needs a word before the verb or a verb in -s.
            if ((thirdPerson || i > start + 1) && VerbLexicon.Match(statement, i, true, out _, out _) > 0)
            {
                if (statement.Is(start, "each", "every", "all"))
                {
                    cues.Add(new Cue(StatementKind.Tactic, 1.5,
                        $"assigns the action to each person ({statement.Quote(start, i - 1)})", CueFamily.Action));
                }
                return i;
            }
        }
        return start;
    }

    private static void AddVerb(List<Cue> cues, string verb, KindWeights weights, double scale, string goal, string strategy, string tactic)
    {
        Add(StatementKind.Goal, goal);
        Add(StatementKind.Strategy, strategy);
        Add(StatementKind.Tactic, tactic);

        void Add(StatementKind kind, string label)
        {
            if (weights[kind] > 0)
            {
                cues.Add(new Cue(kind, weights[kind] * scale, $"{label} ({verb})", CueFamily.Verb));
            }
        }
    }
}
