using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Domain.Tests.Reviews;

public sealed class ReviewProposalsTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);
    private static readonly CritiqueSettings Settings = new() { StrategicReviewDays = 92, TacticalReviewDays = 14 };

    [Theory]
    // Last tactical held 1 Mar: next 15 Mar.
    [InlineData("2027-03-01", "2027-03-15")]
    // Held 1 Feb: 15 Feb is past, so today.
    [InlineData("2027-02-01", "2027-03-10")]
    public void The_next_tactical_review_follows_the_last_held_one_by_the_cadence_and_never_lies_in_the_past(string held, string expected)
    {
        var reviews = new[] { new ReviewFacts(1, ReviewKind.Tactical, DateOnly.Parse(held, System.Globalization.CultureInfo.InvariantCulture), true) };

        var tactical = ReviewProposals.Next(reviews, Settings, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), Today).Single(p => p.Kind == ReviewKind.Tactical);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), tactical.Date);
    }

    [Fact]
    public void A_kind_already_scheduled_from_today_on_is_not_proposed_and_nothing_is_proposed_after_the_period()
    {
        var reviews = new[] { new ReviewFacts(1, ReviewKind.Tactical, Today.AddDays(3), false) };

        var proposals = ReviewProposals.Next(reviews, Settings, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), Today);

        // Strategic: 1 Jan + 92 days = 3 Apr, after the period's end on 31 Mar.
        Assert.Empty(proposals);
    }

    [Fact]
    public void One_on_ones_are_proposed_per_person_at_their_own_rhythm_capped_at_the_strategic_cadence()
    {
        var reviews = new[]
        {
            new ReviewFacts(1, ReviewKind.OneOnOne, new(2027, 2, 15), true, 7),
            new ReviewFacts(2, ReviewKind.OneOnOne, new(2027, 3, 1), true, 7),
            new ReviewFacts(3, ReviewKind.OneOnOne, new(2027, 3, 5), true, 8),
            new ReviewFacts(4, ReviewKind.OneOnOne, new(2027, 3, 12), false, 9),
        };

        var ones = ReviewProposals.Next(reviews, Settings, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), Today).Where(p => p.Kind == ReviewKind.OneOnOne).ToList();

        Assert.Equal([(7, new DateOnly(2027, 3, 15)), (8, new DateOnly(2027, 6, 5))], ones.Select(p => (p.PersonId!.Value, p.Date)));
    }
}
