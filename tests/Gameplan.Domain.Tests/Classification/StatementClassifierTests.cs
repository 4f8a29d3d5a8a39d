using System.Globalization;
using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Tests.Classification;

public sealed class StatementClassifierTests
{
    [Theory]
    [InlineData("Increase sales by 50% this year.", "names a numeric result (50%)")]
    [InlineData("Increase sales by 50% this year.", "has a deadline (this year)")]
    [InlineData("Increase sales by 50% this year.", "starts with a result verb (increase)")]
    [InlineData("Hire 20 entry-level reps by the end of Q1.", "has a deadline (by the end of Q1)")]
    [InlineData("Close more deals each month.", "names a comparative result (more deals)")]
    [InlineData("Reach $2M in recurring revenue by December.", "names a money result ($2M)")]
    [InlineData("Shorten the sales cycle from 90 to 60 days.", "moves a number to a target (from 90 to 60)")]
    [InlineData("Make the Leeds branch profitable by Q4.", "names an end state (profitable)")]
    public void A_result_with_a_number_a_deadline_or_a_comparison_reads_as_a_goal(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Goal, reason);

    [Theory]
    [InlineData("Focus on enterprise healthcare clients with a value-based selling approach.", "chooses a segment (enterprise healthcare clients)")]
    [InlineData("Focus on enterprise healthcare clients with a value-based selling approach.", "names an approach (value-based selling approach)")]
    [InlineData("Differentiate on service rather than price.", "makes a trade-off (rather than price)")]
    [InlineData("Win regulated buyers by leading with our certifications.", "says how to win (by leading)")]
    [InlineData("Expand into Poland through a local distributor.", "names a route (through a local distributor)")]
    [InlineData("Position the firm as the premium option for law practices.", "claims a position (as the premium option)")]
    [InlineData("Build a culture of coaching across the sales team.", "shapes a capability (culture)")]
    public void A_choice_of_where_or_how_to_win_reads_as_a_strategy(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Strategy, reason);

    [Theory]
    [InlineData("Spend an hour prospecting each day.", "a frequency (each day)")]
    [InlineData("Spend an hour prospecting each day.", "a time box (an hour)")]
    [InlineData("Attend an industry networking event.", "a concrete action verb (attend)")]
    [InlineData("Run a webinar for customers and prospects.", "names a concrete deliverable (webinar)")]
    [InlineData("Each rep schedules at least three demos this quarter.", "assigns the action to each person (Each rep)")]
    [InlineData("Send a follow-up email within 24 hours of every demo.", "a response window (within 24 hours)")]
    [InlineData("Join five LinkedIn groups where buyers gather.", "names a tool (LinkedIn)")]
    public void A_concrete_action_reads_as_a_tactic(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Tactic, reason);

    // Real text (ADR 0044): gerunds, subjects with modals, headline key results, clauses.
    [Theory]
    [InlineData("phoning 25 dormant accounts each week", "a concrete action verb (phone)")]
    [InlineData("calling on eight pharmacies per week", "a frequency (per week)")]
    [InlineData("you should be asking for a referral every time a project closes", "a concrete action verb (ask)")]
    [InlineData("you should be asking for a referral every time a project closes", "tied to a trigger (every time)")]
    [InlineData("I'll spend Friday afternoons updating the CRM", "a concrete action verb (spend)")]
    [InlineData("I will hit my number by visiting two new stores every week", "says how a stated goal is met (hit my number by visiting)")]
    [InlineData("following up no more than three days after each quote", "a response window (no more than three days)")]
    [InlineData("meeting buyers face to face at their premises", "says how it is done (face to face)")]
    [InlineData("then I send a thank-you card after every sale", "a concrete action verb (send)")]
    [InlineData("by sending a welcome pack to every new client", "a concrete action verb (send)")]
    public void Gerunds_modals_and_clauses_read_by_their_action(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Tactic, reason);

    [Theory]
    [InlineData("making 60 new business calls each week", "counts an activity (60 new business calls)")]
    [InlineData("Book 12 discovery meetings this month.", "counts an activity (12 discovery meetings)")]
    [InlineData("Each rep gives two product presentations a week.", "counts an activity (two product presentations)")]
    public void A_count_of_an_activity_per_period_is_a_tactic_volume_not_a_result(string text, string reason)
    {
        AssertKindAndReason(text, StatementKind.Tactic, reason);
        Assert.DoesNotContain(StatementClassifier.Classify(text).Reasons, r => r.StartsWith("a rate for the result", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Produce a price list for the dealer network", "names a concrete deliverable (list)")]
    [InlineData("Develop new onboarding materials for partners", "names a concrete deliverable (materials)")]
    [InlineData("Build a loyalty program for repeat buyers", "names a concrete deliverable (program)")]
    [InlineData("Offer prizes for greater pipeline coverage", "names a concrete deliverable (prizes)")]
    [InlineData("We will look for two agents with a budget of $8,000 per month.", "sets a budget (budget of $8,000)")]
    public void A_one_off_action_that_makes_a_concrete_thing_is_a_tactic_with_or_without_a_number(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Tactic, reason);

    [Theory]
    [InlineData("grow the subscriber base", "names the result it moves (subscriber base)")]
    [InlineData("Our regional office wants to raise renewals", "starts with a result verb (raise)")]
    [InlineData("The 2026 target was to double online bookings.", "states a goal (The 2026 target was)")]
    [InlineData("Our target for the coming fiscal year is 400 new subscribers", "states a goal (Our target for the coming fiscal year is)")]
    [InlineData("Increased average order value on the web shop", "starts with a result verb (increase)")]
    [InlineData("Raise gross margin by 4 percent", "names a numeric result (4 percent)")]
    [InlineData("becoming profitable by the third quarter", "has a deadline (by the third quarter)")]
    [InlineData("a lower cost per order", "names a comparative result (lower cost)")]
    [InlineData("land our first hospital customer", "names the result it moves (first hospital customer)")]
    [InlineData("hopefully doubling our repeat buyers", "starts with a result verb (double)")]
    public void A_result_to_reach_is_a_goal_even_without_a_number_or_in_a_noun_phrase(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Goal, reason);

    [Theory]
    [InlineData("Identify an underserved niche in commercial cleaning", "chooses a segment (underserved niche)")]
    [InlineData("choose a vertical the incumbents neglect", "picks where to play (choose a vertical)")]
    [InlineData("going after buyers who outgrew spreadsheets", "starts with a direction verb (go after)")]
    public void Picking_where_to_play_is_a_strategy_even_with_an_action_verb(string text, string reason) =>
        AssertKindAndReason(text, StatementKind.Strategy, reason);

    [Fact]
    public void An_end_state_after_by_the_names_someone_else_and_a_market_share_is_no_segment()
    {
        Assert.DoesNotContain(StatementClassifier.Classify("choose a segment ignored by the market leader").Reasons,
            reason => reason.Contains("end state", StringComparison.Ordinal));
        var share = StatementClassifier.Classify("win back market share in Ontario");

        Assert.Equal(StatementKind.Goal, share.Kind);
        Assert.DoesNotContain(share.Reasons, reason => reason.Contains("chooses a segment (market share", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frequency_on_a_named_result_is_a_rate_not_a_routine()
    {
        var verdict = StatementClassifier.Classify("Close more deals each month.");

        Assert.Contains("a rate for the result (each month)", verdict.Reasons);
        Assert.DoesNotContain(verdict.Reasons, reason => reason.Contains("a frequency", StringComparison.Ordinal));
    }

    [Fact]
    public void Cues_for_another_kind_are_listed_after_the_winning_ones_with_but()
    {
        var verdict = StatementClassifier.Classify("Prioritise retention of key accounts over new logos this year.");

        Assert.Equal(StatementKind.Strategy, verdict.Kind);
        Assert.DoesNotContain(verdict.Reasons[0], "but ", StringComparison.Ordinal);
        Assert.Contains("but has a deadline (this year)", verdict.Reasons);
    }

    [Theory]
    [InlineData("increase sales by 50% this year")]
    [InlineData("INCREASE SALES BY 50% THIS YEAR!!!")]
    [InlineData("  Increase sales by 50% this year;  ")]
    public void Case_spacing_and_punctuation_do_not_change_the_kind(string text) =>
        Assert.Equal(StatementKind.Goal, StatementClassifier.Classify(text).Kind);

    [Fact]
    public void A_clear_statement_is_classified_with_high_confidence() =>
        Assert.True(StatementClassifier.Classify("Spend an hour prospecting each day.").Confidence >= 0.9);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_or_blank_statement_is_refused(string text) =>
        Assert.Throws<ArgumentException>(() => StatementClassifier.Classify(text));

    [Fact]
    public void A_missing_statement_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => StatementClassifier.Classify(null!));

    [Fact]
    public void Text_without_words_is_a_low_confidence_strategy_with_a_reason()
    {
        var verdict = StatementClassifier.Classify("?!");

        Assert.Equal(StatementKind.Strategy, verdict.Kind);
        Assert.Equal(0.33, verdict.Confidence);
        Assert.NotEmpty(verdict.Reasons);
    }

    [Fact]
    public void The_text_is_returned_trimmed() =>
        Assert.Equal("Attend an industry event.", StatementClassifier.Classify("  Attend an industry event.  ").Text);

    public static TheoryData<string> OddStatements => ["?", "123", "x", "a", "the the the", "$5", "50%", "by", "every",
        new string('z', 5000), string.Join(' ', Enumerable.Repeat("increase sales", 400))];

    [Theory]
    [MemberData(nameof(OddStatements))]
    public void Odd_statements_still_get_a_confidence_in_range_and_reasons(string text)
    {
        var verdict = StatementClassifier.Classify(text);

        Assert.InRange(verdict.Confidence, 0, 1);
        Assert.NotEmpty(verdict.Reasons);
    }

    [Fact]
    public void Every_labelled_statement_gets_a_confidence_in_range_and_at_least_one_reason()
    {
        foreach (var row in LabelledStatement.All)
        {
            var verdict = StatementClassifier.Classify(row.Text);

            Assert.InRange(verdict.Confidence, 0, 1);
            Assert.NotEmpty(verdict.Reasons);
            Assert.All(verdict.Reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        }
    }

    [Fact]
    public void The_same_statement_gets_the_same_verdict_every_time_and_in_every_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var first = LabelledStatement.All.Select(row => StatementClassifier.Classify(row.Text)).ToList();
            // Turkish lower-cases "I" to a dotless "ı": a culture-sensitive reader would miss "IN", "INCREASE".
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var second = LabelledStatement.All.Select(row => StatementClassifier.Classify(row.Text.ToUpperInvariant())).ToList();

            for (var i = 0; i < first.Count; i++)
            {
                Assert.Equal(first[i].Kind, second[i].Kind);
                Assert.Equal(first[i].Confidence, second[i].Confidence);
                Assert.Equal(first[i].Reasons.Count, second[i].Reasons.Count);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static void AssertKindAndReason(string text, StatementKind kind, string reason)
    {
        var verdict = StatementClassifier.Classify(text);

        Assert.Equal(kind, verdict.Kind);
        Assert.Contains(reason, verdict.Reasons);
    }
}
