using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Domain.Tests.Reviews;

public sealed class ReviewSeriesTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // 1: tactical held 1 Mar; 2: tactical held 8 Mar; 3: tactical planned 15 Mar; 4: strategic held 5 Mar;
    // 5: 1:1 with person 7 held 2 Mar; 6: 1:1 with person 8 held 3 Mar; 7: 1:1 with person 7 planned 16 Mar.
    private static readonly ReviewFacts[] Reviews =
    [
        new(1, ReviewKind.Tactical, new(2027, 3, 1), true),
        new(2, ReviewKind.Tactical, new(2027, 3, 8), true),
        new(3, ReviewKind.Tactical, new(2027, 3, 15), false),
        new(4, ReviewKind.Strategic, new(2027, 3, 5), true),
        new(5, ReviewKind.OneOnOne, new(2027, 3, 2), true, 7),
        new(6, ReviewKind.OneOnOne, new(2027, 3, 3), true, 8),
        new(7, ReviewKind.OneOnOne, new(2027, 3, 16), false, 7),
    ];

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 1)]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(7, 5)]
    public void The_previous_review_is_the_latest_earlier_held_one_of_the_same_kind_and_person(int review, int? previous) =>
        Assert.Equal(previous, ReviewSeries.PreviousHeld(Reviews.Single(r => r.Id == review), Reviews)?.Id);

    [Theory]
    // An item raised in review 1, open: shown on 2 and 3, not on the strategic review nor on 1 itself.
    [InlineData(1, false, 2, true)]
    [InlineData(1, false, 3, true)]
    [InlineData(1, false, 4, false)]
    [InlineData(1, false, 1, false)]
    // Done: no longer carried.
    [InlineData(1, true, 3, false)]
    // A colleague's one-on-one does not carry to mine; my earlier one does.
    [InlineData(6, false, 7, false)]
    [InlineData(5, false, 7, true)]
    // Raised in a later review: never carried backwards.
    [InlineData(3, false, 2, false)]
    public void Open_action_items_carry_forward_to_later_reviews_of_the_same_series_until_done(int raisedIn, bool done, int shownOn, bool carried)
    {
        var item = ActionItem.Raise(1, 1, raisedIn, 7, new DateOnly(2027, 3, 20), "Call the three stalled clinics.", 9, Monday);
        if (done)
        {
            item.MarkDone(true, 7, Monday.AddDays(3));
        }

        var shown = ReviewSeries.CarriedForward(Reviews.Single(r => r.Id == shownOn), Reviews, [item]);

        Assert.Equal(carried, shown.Contains(item));
    }

    [Theory]
    // Held before the item was done: it was open then, so the held review showed it.
    [InlineData(2, true)]
    // Held after it was done: not shown.
    [InlineData(5, false)]
    public void A_held_review_carries_what_was_open_when_it_was_held(int heldDaysAfterMonday, bool carried)
    {
        var item = ActionItem.Raise(1, 1, 1, 7, new DateOnly(2027, 3, 20), "Send the pricing sheet.", 9, Monday);
        item.MarkDone(true, 7, Monday.AddDays(4));

        var shown = ReviewSeries.CarriedForward(Reviews[1], Reviews, [item], Monday.AddDays(heldDaysAfterMonday));

        Assert.Equal(carried, shown.Contains(item));
    }

    [Fact]
    public void In_a_one_on_one_the_coached_persons_talking_points_come_first_because_it_is_their_meeting()
    {
        var manager = new TalkingPoint(1, 1, 7, 9, "Pipeline hygiene.", Monday);
        var rep = new TalkingPoint(1, 1, 7, 7, "I want to try a new opener.", Monday.AddHours(1));
        var repAgain = new TalkingPoint(1, 1, 7, 7, "Holiday in April.", Monday.AddHours(2));

        var ordered = ReviewSeries.Ordered(Reviews[6], [repAgain, manager, rep]);
        var tactical = ReviewSeries.Ordered(Reviews[2], [repAgain, manager, rep]);

        Assert.Equal([rep, repAgain, manager], ordered);
        Assert.Equal([manager, rep, repAgain], tactical);
    }

    [Fact]
    public void An_action_item_without_a_due_date_or_text_is_refused_on_that_field()
    {
        Assert.Equal("due", Assert.Throws<DomainRuleException>(() => ActionItem.Raise(1, 1, 1, 7, null, "x", 9, Monday)).Field);
        Assert.Equal("text", Assert.Throws<DomainRuleException>(() => ActionItem.Raise(1, 1, 1, 7, new DateOnly(2027, 3, 1), " ", 9, Monday)).Field);
    }
}
