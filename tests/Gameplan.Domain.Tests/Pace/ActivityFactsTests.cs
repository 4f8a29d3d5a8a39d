using System.Globalization;
using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Pace;

public sealed class ActivityFactsTests
{
    private static readonly ActivityFact[] Log =
    [
        PacePlan.Logged("2027-01-05", "eva", 3),
        PacePlan.Logged("2027-01-05", "eva", 2, "t1"),
        PacePlan.Logged("2027-01-07", "Eva", 4, "t2"),
        PacePlan.Logged("2027-01-02", "eva", 1),
        PacePlan.Logged("2027-01-09", "eva", 0),
        PacePlan.Logged("2027-01-08", "max", 50),
        PacePlan.Logged("2027-01-08", "eva", 50, metric: "demos"),
    ];

    /// <summary>The same log answered the way the app does it: by a function, with no last-day function.</summary>
    private static ActivityFacts Answered() => ActivityFacts.FromTotals((person, metric, from, to, tactic) => Log
        .Where(entry => string.Equals(entry.Person, person, StringComparison.OrdinalIgnoreCase) && entry.Metric == metric
            && entry.Date >= from && entry.Date <= to
            && (tactic is null || entry.TacticId is null || string.Equals(entry.TacticId, tactic, StringComparison.OrdinalIgnoreCase)))
        .Sum(entry => entry.Quantity));

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-01-01", "2027-01-31", null, 10)]
    [InlineData("2027-01-01", "2027-01-31", "t1", 6)]
    [InlineData("2027-01-01", "2027-01-31", "T2", 8)]
    [InlineData("2027-01-01", "2027-01-31", "t3", 4)]
    [InlineData("2027-01-05", "2027-01-05", "t1", 5)]
    [InlineData("2027-01-06", "2027-01-07", null, 4)]
    [InlineData("2027-01-03", "2027-01-04", null, 0)]
    [InlineData("2027-01-07", "2027-01-05", null, 0)]
    public void A_total_counts_the_person_and_metric_over_an_inclusive_range_for_the_tactic_and_untagged_entries(string from, string to, string? tactic, int expected)
    {
        Assert.Equal(expected, new ActivityFacts(Log).Total(" EVA", "Calls", Day(from), Day(to), tactic));
        Assert.Equal(expected, Answered().Total("eva", "calls", Day(from), Day(to), tactic));
    }

    [Theory]
    [InlineData("2027-01-01", "2027-01-31", null, "2027-01-07")]
    [InlineData("2027-01-01", "2027-01-31", "t1", "2027-01-05")]
    [InlineData("2027-01-01", "2027-01-06", null, "2027-01-05")]
    [InlineData("2027-01-06", "2027-01-06", null, null)]
    [InlineData("2027-01-03", "2027-01-04", null, null)]
    [InlineData("2027-01-01", "2027-01-04", null, "2027-01-02")]
    public void The_last_day_with_activity_skips_zero_quantities(string since, string onOrBefore, string? tactic, string? expected)
    {
        var want = expected is null ? (DateOnly?)null : Day(expected);

        Assert.Equal(want, new ActivityFacts(Log).LastDay("eva", "calls", Day(since), Day(onOrBefore), tactic));
        Assert.Equal(want, Answered().LastDay("eva", "calls", Day(since), Day(onOrBefore), tactic));
    }

    [Fact]
    public void A_last_day_function_from_the_caller_is_used_and_kept_within_the_range()
    {
        var facts = ActivityFacts.FromTotals((_, _, _, _, _) => 0m, (_, _, _, _) => new DateOnly(2027, 1, 2));

        Assert.Equal(new DateOnly(2027, 1, 2), facts.LastDay("eva", "calls", new(2027, 1, 1), new(2027, 1, 9), null));
        Assert.Null(facts.LastDay("eva", "calls", new(2027, 1, 3), new(2027, 1, 9), null));
    }
}
