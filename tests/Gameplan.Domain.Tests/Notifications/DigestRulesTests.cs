using Gameplan.Domain.Inbox;
using Gameplan.Domain.Notifications;

namespace Gameplan.Domain.Tests.Notifications;

public sealed class DigestRulesTests
{
    // A Wednesday, as the injected clock's day.
    private static readonly DateOnly Today = new(2026, 12, 9);
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 7, 0, 0, TimeSpan.Zero);

    private static InboxItem Item(string key, DateOnly? due = null, DateTimeOffset? since = null) =>
        new(InboxItemKind.Approve, key, $"Do {key}", "", $"/plans/{key}", due, since ?? Now.AddDays(-10));

    private static DigestLedger Ledger(DateTimeOffset? at, params (string Key, int Shows)[] shown) =>
        new(at, at is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : null, shown.ToDictionary(x => x.Key, x => x.Shows));

    [Theory]
    [InlineData(DigestFrequency.Daily, null, true)]
    [InlineData(DigestFrequency.Daily, "2026-12-08", true)]
    [InlineData(DigestFrequency.Daily, "2026-12-09", false)]
    [InlineData(DigestFrequency.Off, null, false)]
    [InlineData(DigestFrequency.Off, "2026-12-01", false)]
    [InlineData(DigestFrequency.Weekly, null, true)]
    [InlineData(DigestFrequency.Weekly, "2026-12-02", true)]
    [InlineData(DigestFrequency.Weekly, "2026-12-09", false)]
    public void A_digest_goes_at_most_once_a_day_at_the_chosen_frequency_on_the_weekly_day(DigestFrequency frequency, string? lastSent, bool due)
    {
        var last = lastSent is null ? (DateOnly?)null : DateOnly.Parse(lastSent, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(due, DigestRules.IsDue(frequency, DayOfWeek.Wednesday, Today, last));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, false)]
    [InlineData(DayOfWeek.Wednesday, true)]
    [InlineData(DayOfWeek.Sunday, false)]
    public void A_weekly_digest_waits_for_the_organisations_digest_day(DayOfWeek weeklyOn, bool due) =>
        Assert.Equal(due, DigestRules.IsDue(DigestFrequency.Weekly, weeklyOn, Today, Today.AddDays(-7)));

    [Fact]
    public void The_first_digest_holds_every_open_item_overdue_first()
    {
        var digest = DigestRules.Compose([Item("a"), Item("b", due: Today.AddDays(-1)), Item("c", due: Today)], Today, DigestLedger.None);

        Assert.Equal(["b", "a", "c"], digest.Lines.Select(l => l.Item.Key));
        Assert.True(digest.Lines[0].Overdue);
        Assert.All(digest.Lines, l => Assert.Equal(1, l.Showing));
        Assert.Equal(3, digest.Ledger.Count);
    }

    [Fact]
    public void An_item_already_shown_and_not_overdue_is_not_sent_again_but_stays_in_the_ledger()
    {
        var digest = DigestRules.Compose([Item("a"), Item("new")], Today, Ledger(Now.AddDays(-1), ("a", 1)));

        Assert.Equal(["new"], digest.Lines.Select(l => l.Item.Key));
        Assert.Equal(1, digest.Ledger["a"]);
        Assert.Equal(1, digest.Ledger["new"]);
    }

    [Theory]
    [InlineData(0, true, 1)]
    [InlineData(1, true, 2)]
    [InlineData(2, true, 3)]
    [InlineData(3, false, 3)]
    [InlineData(7, false, 7)]
    public void An_overdue_item_is_sent_again_until_it_was_in_three_digests(int shownBefore, bool sent, int shownAfter)
    {
        var ledger = shownBefore == 0 ? Ledger(Now.AddDays(-1)) : Ledger(Now.AddDays(-1), ("late", shownBefore));

        var digest = DigestRules.Compose([Item("late", due: Today.AddDays(-3))], Today, ledger);

        Assert.Equal(sent, !digest.IsEmpty);
        Assert.Equal(shownAfter, digest.Ledger["late"]);
        Assert.Equal(sent ? 0 : 1, digest.LeftOut);
        if (sent)
        {
            Assert.Equal(shownAfter == DigestRules.MaxShows, digest.Lines.Single().IsLastShowing);
        }
    }

    [Fact]
    public void An_item_listed_twice_by_the_inbox_is_shown_once()
    {
        var digest = DigestRules.Compose([Item("a"), Item("a")], Today, DigestLedger.None);

        Assert.Equal(1, Assert.Single(digest.Lines).Showing);
    }

    [Fact]
    public void Nothing_new_or_overdue_is_an_empty_digest_that_is_not_sent()
    {
        var digest = DigestRules.Compose([Item("a"), Item("b")], Today, Ledger(Now.AddDays(-1), ("a", 1), ("b", 2)));

        Assert.True(digest.IsEmpty);
        Assert.True(DigestRules.Compose([], Today, DigestLedger.None).IsEmpty);
    }

    [Fact]
    public void Items_done_since_the_last_digest_leave_the_ledger_so_a_returning_item_is_new_again()
    {
        var digest = DigestRules.Compose([Item("b")], Today, Ledger(Now.AddDays(-1), ("a", 3), ("b", 1)));

        Assert.False(digest.Ledger.ContainsKey("a"));
        var back = DigestRules.Compose([Item("a")], Today.AddDays(1), new DigestLedger(Now, Today, digest.Ledger));
        Assert.Equal(1, Assert.Single(back.Lines).Showing);
    }

    [Fact]
    public void An_item_that_became_open_again_after_the_last_digest_is_new_even_with_the_same_key()
    {
        var ledger = Ledger(Now.AddDays(-2), ("returned:plan-1", 3));

        var digest = DigestRules.Compose([Item("returned:plan-1", since: Now.AddDays(-1))], Today, ledger);

        Assert.Equal(1, Assert.Single(digest.Lines).Showing);
    }

    [Fact]
    public void The_ledger_text_reads_back_what_was_written_and_skips_damage()
    {
        var shown = new Dictionary<string, int> { ["comment:thread-3:9"] = 2, ["approve:plan-12"] = 1 };

        var text = DigestLedger.Format(shown);

        Assert.Equal("1 approve:plan-12\n2 comment:thread-3:9", text);
        Assert.Equal(shown, DigestLedger.Parse(text + "\nnot a line\n-1 x"));
        Assert.Empty(DigestLedger.Parse(null));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 5.0)]
    [InlineData(3, 30.0)]
    [InlineData(4, 120.0)]
    public void A_failed_webhook_delivery_waits_longer_after_each_attempt(int attempts, double minutes) =>
        Assert.Equal(Now.AddMinutes(minutes), WebhookRetries.NextAttempt(attempts, Now));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_webhook_delivery_is_given_up_after_the_fifth_attempt(int attempts) =>
        Assert.Null(WebhookRetries.NextAttempt(attempts, Now));
}
