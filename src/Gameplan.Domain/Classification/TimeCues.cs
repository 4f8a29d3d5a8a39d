namespace Gameplan.Domain.Classification;

/// <summary>
/// Reads time: a deadline or horizon ("by the end of Q1", "this year") marks a goal; a
/// frequency, a time box, a trigger or a near date ("each day", "an hour", "after every demo",
/// "in April") marks a tactic. A frequency on a named result is a rate ("more deals each month").
/// </summary>
internal static class TimeCues
{
    private static readonly IReadOnlySet<string> LongUnits = Lexicon.Set("year years month months quarter quarters semester");

    private static readonly IReadOnlySet<string> HorizonNouns = Lexicon.Set("year quarter fiscal semester half");

    private static readonly IReadOnlySet<string> Adverbs = Lexicon.Set("daily weekly monthly quarterly fortnightly biweekly nightly twice");

    private static readonly IReadOnlySet<string> Seasons = Lexicon.Set("spring summer autumn fall winter");

    public static void Collect(Statement statement, LeadVerb verb, List<Cue> cues)
    {
        var found = new List<Cue>();
        for (var i = 0; i < statement.Count; i++)
        {
            Deadline(statement, i, found);
            Frequency(statement, i, found);
            // "go after", "follow up after": a word of the leading verb is not a trigger.
            if (i < verb.At || i >= verb.After)
            {
                Moment(statement, i, found);
            }
        }
        // A weak count ("pitch to three prospects") does not make the period a rate; a counted activity never does.
        var resultLed = cues.Exists(cue => cue.Family == CueFamily.Result && cue.Kind == StatementKind.Goal && cue.Weight >= 1.0)
            && verb.Weights.Tactic < 1.3 && !cues.Exists(cue => cue.Reason.StartsWith("counts an activity", StringComparison.Ordinal));
        foreach (var cue in Cue.FirstOfEachLabel(found))
        {
            // "Close more deals each month": the period measures the result; it is not a routine.
            cues.Add(resultLed && cue.Reason.StartsWith("a frequency", StringComparison.Ordinal)
                ? new Cue(StatementKind.Goal, 0.5, cue.Reason.Replace("a frequency", "a rate for the result"), CueFamily.Time)
                : cue);
        }
    }

    private static void Deadline(Statement statement, int at, List<Cue> found)
    {
        var word = statement[at];
        if (word is "by" or "before" or "until" or "through" && !statement.At(at + 1, "the next"))
        {
            if (word == "before" && statement.Is(at + 1, "each", "every", "a", "an", "the", "their", "my"))
            {
                if (!statement.At(at + 1, "the end"))
                {
                    found.Add(Trigger(statement, at));
                    return;
                }
            }
            for (var i = at + 1; i <= at + 6 && i < statement.Count; i++)
            {
                if (Lexicon.Horizons.Contains(statement[i]) || Lexicon.IsYear(statement[i]))
                {
                    found.Add(new Cue(StatementKind.Goal, 1.0, $"has a deadline ({statement.Quote(at, i)})", CueFamily.Time));
                    return;
                }
                if (statement[i] is not ("the" or "end" or "of" or "next" or "this" or "our" or "fiscal" or "financial" or "holiday" or "school"
                    or "first" or "second" or "third" or "fourth" or "last" or "final"))
                {
                    // "before phone contact is made", "before taking calls alone": an event the action waits for.
                    if (word == "before" && !Lexicon.IsNumber(statement[i]))
                    {
                        found.Add(Trigger(statement, at) with { Weight = 0.8 });
                    }
                    return;
                }
            }
        }
        else if (word is "within" or "over" || (word is "in" or "through" && statement.At(at + 1, "the next")))
        {
            if (word == "through")
            {
                found.Add(new Cue(StatementKind.Goal, 0.8, $"has a horizon ({statement.Quote(at, statement.NounEnd(at + 3))})", CueFamily.Time));
                return;
            }
            var n = statement.At(at + 1, "the next") ? at + 3 : at + 1;
            if (statement.Is(n, "their", "the", "our", "my", "his", "her") && statement[n + 1] == "first" && Lexicon.IsCount(statement[n + 2]))
            {
                n += 2;
            }
            var unit = statement[n + 1];
            if (!(Lexicon.IsCount(statement[n]) || statement.Is(n, "a", "an")) || !Lexicon.TimeUnits.Contains(unit))
            {
                return;
            }
            var days = unit.StartsWith("day", StringComparison.Ordinal) ? Lexicon.ValueOf(statement[n]) ?? 0 : 0;
            // "over the next two weeks" is a horizon; "within 48 hours" of an event is a response window.
            if (LongUnits.Contains(unit) || days >= 30 || (word == "over" && n == at + 3))
            {
                found.Add(new Cue(StatementKind.Goal, word == "in" ? 0.5 : 1.0, $"has a deadline ({statement.Quote(at, n + 1)})", CueFamily.Time));
            }
            else if (word == "within")
            {
                found.Add(new Cue(StatementKind.Tactic, 1.0, $"a response window ({statement.Quote(at, n + 1)})", CueFamily.Time));
            }
        }
        else if (word is "this" or "next" && HorizonNouns.Contains(statement[at + 1]))
        {
            found.Add(new Cue(StatementKind.Goal, 1.0, $"has a deadline ({statement.Quote(at, at + 1)})", CueFamily.Time));
        }
        else if (word is "in" or "during" && (statement.Is(at + 1, "q1", "q2", "q3", "q4") || Lexicon.IsYear(statement[at + 1])
            || statement.At(at + 1, "the first half") || statement.At(at + 1, "the second half")))
        {
            found.Add(new Cue(StatementKind.Goal, 1.0, $"has a deadline ({statement.Quote(at, at + 1)})", CueFamily.Time));
        }
        else if ((word == "year" && statement.At(at + 1, "over year")) || (word == "last" && statement[at + 1] == "year" && statement[at - 1] != "the"))
        {
            found.Add(new Cue(StatementKind.Goal, 0.8, $"compares with a baseline ({statement.Quote(at, word == "year" ? at + 2 : at + 1)})", CueFamily.Time));
        }
    }

    private static void Frequency(Statement statement, int at, List<Cue> found)
    {
        var word = statement[at];
        var period = statement[at + 1];
        var recurring = (word is "each" or "every" or "per" && Lexicon.Periods.Contains(period))
            || (word is "a" or "an" && Lexicon.Periods.Contains(period) && statement[at - 1] != "in" && at > 0
                && !statement.Is(at - 1, "for", "within", "spend", "than"))
            || (Adverbs.Contains(word) && !Lexicon.ResultNouns.Contains(statement[statement.NounEnd(at + 1)]))
            || (word == "once" && statement.Is(at + 1, "a", "per", "every", "each"));
        if (recurring)
        {
            var end = Adverbs.Contains(word) ? at : at + 1;
            found.Add(new Cue(StatementKind.Tactic, 1.5, $"a frequency ({statement.Quote(at, end)})", CueFamily.Time));
        }
    }

    private static void Moment(Statement statement, int at, List<Cue> found)
    {
        if ((statement.Is(at, "after", "during", "whenever", "upon") && !statement.Is(at + 1, "q1", "q2", "q3", "q4"))
            || (statement.Is(at, "every", "each", "any") && statement[at + 1] == "time"))
        {
            found.Add(Trigger(statement, at));
            return;
        }
        // "no more than two weeks", "at most 48 hours": a limit on how long the action may wait.
        if ((statement.At(at, "no more than") || statement.At(at, "no later than") || statement.At(at, "at most"))
            && statement[at + (statement[at] == "at" ? 2 : 3)] is var count && (Lexicon.IsCount(count) || count is "a" or "an")
            && statement[at + (statement[at] == "at" ? 3 : 4)] is var unit && Lexicon.TimeUnits.Contains(unit)
            && !LongUnits.Contains(unit))
        {
            var last = at + (statement[at] == "at" ? 3 : 4);
            found.Add(new Cue(StatementKind.Tactic, 1.0, $"a response window ({statement.Quote(at, last)})", CueFamily.Time));
            return;
        }
        var end = NearDateEnd(statement, at);
        if (end >= at)
        {
            found.Add(new Cue(StatementKind.Tactic, 0.6, $"a near date ({statement.Quote(at, end)})", CueFamily.Time));
        }
    }

    /// <summary>The last word of a near date starting at <paramref name="at"/> ("in April", "on Monday", "next week"), or -1.</summary>
    private static int NearDateEnd(Statement statement, int at)
    {
        var word = statement[at];
        var next = statement[at + 1];
        return word switch
        {
            "in" when Lexicon.Months.Contains(next) => at + 1,
            "in" when next == "the" && Seasons.Contains(statement[at + 2]) => at + 2,
            "on" or "this" or "next" when Lexicon.Weekdays.Contains(next) || next is "week" or "month" or "weekend" => at + 1,
            "first" when next is "day" or "week" or "month" => at + 1,
            "next" when statement[at - 1] == "the" && IsOccasion(statement, at + 1) => statement.NounEnd(at + 1),
            "today" or "tomorrow" or "tonight" => at,
            "the" when statement.At(at, "the same day") => at + 2,
            _ when Lexicon.Weekdays.Contains(word) && !statement.Is(at - 1, "every", "each", "on", "per") => at,
            _ => -1,
        };
    }

    /// <summary>"the next board meeting", "the next trade show": a dated occasion, not a horizon.</summary>
    private static bool IsOccasion(Statement statement, int at)
    {
        var head = statement.NounEnd(at);
        return statement[head] is "meeting" or "call" || Lexicon.Deliverables.Contains(statement[head]);
    }

    private static Cue Trigger(Statement statement, int at)
    {
        var end = at + 1;
        while (statement.Is(end, "every", "each", "the", "a", "an", "their", "my", "our"))
        {
            end++;
        }
        while (end + 1 < statement.Count && end < at + 4 && !Lexicon.Stops.Contains(statement[end + 1]))
        {
            end++;
        }
        return new Cue(StatementKind.Tactic, 1.0, $"tied to a trigger ({statement.Quote(at, end)})", CueFamily.Time);
    }
}
