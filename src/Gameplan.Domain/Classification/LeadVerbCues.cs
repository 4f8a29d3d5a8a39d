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

    private static readonly IReadOnlySet<string> GoalWords = Lexicon.Set("goal target objective aim ambition");

    private static readonly IReadOnlySet<string> Subjects = Lexicon.Set("each every all our my the");

    /// <summary>Adds the opening's cues and returns the leading verb.</summary>
    public static LeadVerb Collect(Statement statement, List<Cue> cues)
    {
        var start = SkipPreamble(statement, cues);
        var verbAt = FindVerbAfterSubject(statement, start, cues);
        var length = VerbLexicon.Match(statement, verbAt, allowThirdPerson: verbAt > start, out var verb, out var weights);
        if (length == 0)
        {
            return new LeadVerb(start, start, default);
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
            if (statement[i] == "and" && VerbLexicon.Match(statement, i + 1, false, out var next, out var nextWeights) > 0
                && !Lexicon.Deliverables.Contains(statement[i + 1]))
            {
                AddVerb(cues, next, nextWeights, 0.5, "also a result verb", "also a direction verb", "also a concrete action verb");
            }
        }
        return new LeadVerb(verbAt, after, weights);
    }

    private static int SkipPreamble(Statement statement, List<Cue> cues)
    {
        // "Our goal is to ...", "Our team's target is ...": the writer says it is a goal.
        for (var i = 1; i <= 3 && statement.Is(0, "our", "the", "my"); i++)
        {
            if (GoalWords.Contains(statement[i]) && statement[i + 1] == "is")
            {
                cues.Add(new Cue(StatementKind.Goal, 1.5, $"states a goal ({statement.Quote(0, i + 1)})", CueFamily.Verb));
                return statement[i + 2] == "to" ? i + 3 : i + 2;
            }
        }
        foreach (var preamble in Preambles)
        {
            if (statement.At(0, preamble))
            {
                return preamble.AsSpan().Count(' ') + 1;
            }
        }
        return 0;
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
