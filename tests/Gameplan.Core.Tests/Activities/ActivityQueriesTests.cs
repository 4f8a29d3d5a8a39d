using Gameplan.Core.Activities;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Activities;

public sealed class ActivityQueriesTests
{
    // A row every third day from mid-December 2027 to mid-April 2028 (a leap year), for two people and two metrics.
    private static List<NewActivity> History(ActivityArrangement a) =>
        Enumerable.Range(0, 120).Where(i => i % 3 != 1).SelectMany(i => new NewActivity[]
        {
            new(a.Ana, a.Calls, new DateOnly(2027, 12, 15).AddDays(i), i % 5 + 1, $"ana-calls-{i}", null),
            new(a.Ben, a.Calls, new DateOnly(2027, 12, 15).AddDays(i), 2, $"ben-calls-{i}", null),
            new(a.Ana, a.Demos, new DateOnly(2027, 12, 15).AddDays(i), i % 2, $"ana-demos-{i}", null),
        }).ToList();

    [DbTheory]
    [InlineData("2028-01-01", "2028-03-31")] // whole months only
    [InlineData("2027-12-20", "2028-03-10")] // partial months at both ends
    [InlineData("2028-02-01", "2028-02-29")] // the leap month
    [InlineData("2028-01-31", "2028-03-01")] // one day either side of a whole month
    [InlineData("2028-02-10", "2028-02-20")] // inside one month
    [InlineData("2028-02-29", "2028-02-29")] // the leap day alone
    [InlineData("2028-03-01", "2028-02-29")] // empty
    public async Task Totals_over_a_range_equal_the_sum_of_the_rows_in_it(string from, string to)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var rows = History(a);
        await ActivityArrangement.WriteAsync(db, rows);
        var (first, last) = (DateOnly.Parse(from), DateOnly.Parse(to));

        var totals = await new ActivityQueries(db).TotalsAsync(ActivitySelection.Everyone, first, last);

        var expected = rows.Where(r => r.Date >= first && r.Date <= last).GroupBy(r => (r.PersonId, r.MetricId))
            .Select(g => new ActivityTotalSummary(g.Key.PersonId, g.Key.MetricId, g.Sum(r => r.Quantity), g.Count()))
            .OrderBy(t => t.PersonId).ThenBy(t => t.MetricId).ToList();
        Assert.True(expected.SequenceEqual(totals), $"expected {string.Join("; ", expected)}\nactual {string.Join("; ", totals)}");
    }

    [DbFact]
    public async Task Totals_and_daily_series_cover_only_the_people_and_metrics_selected()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        await ActivityArrangement.WriteAsync(db, History(a));
        var queries = new ActivityQueries(db);
        var anaCalls = new ActivitySelection([a.Ana], [a.Calls]);

        var totals = await queries.TotalsAsync(anaCalls, new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 31));
        var days = await queries.DailyAsync(anaCalls, new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 9));

        Assert.Equal((a.Ana, a.Calls), (totals.Single().PersonId, totals.Single().MetricId));
        Assert.Equal(
            [new DateOnly(2028, 1, 1), new DateOnly(2028, 1, 2), new DateOnly(2028, 1, 4), new DateOnly(2028, 1, 5), new DateOnly(2028, 1, 7), new DateOnly(2028, 1, 8)],
            days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal((a.Ana, a.Calls, 1), (d.PersonId, d.MetricId, d.Entries)));
    }

    [DbFact]
    public async Task The_last_day_with_activity_is_found_in_this_month_or_an_earlier_one_and_never_after_the_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, new DateOnly(2028, 1, 30), 3, "a1", null),
            new(a.Ana, a.Calls, new DateOnly(2028, 2, 20), 3, "a2", null),
            new(a.Ben, a.Calls, new DateOnly(2027, 11, 2), 1, "b1", null),
            new(a.Ben, a.Calls, new DateOnly(2027, 11, 3), 0, "b2", null),
            new(a.Ana, a.Demos, new DateOnly(2028, 2, 5), 1, "d1", null),
        ]);

        var last = await new ActivityQueries(db).LastDaysAsync(ActivitySelection.Everyone, new DateOnly(2028, 2, 10));

        Assert.Equal(
            [new LastActivitySummary(a.Ana, a.Calls, new DateOnly(2028, 1, 30)), new LastActivitySummary(a.Ana, a.Demos, new DateOnly(2028, 2, 5)), new LastActivitySummary(a.Ben, a.Calls, new DateOnly(2027, 11, 2))],
            last.OrderBy(l => l.PersonId).ThenBy(l => l.MetricId));
    }

    [DbFact]
    public async Task Another_organisations_activity_is_invisible()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var theirs = await ActivityArrangement.CreateAsync(db, "Rival Inc");
        await ActivityArrangement.WriteAsync(db, History(theirs));
        db.UseAllOrganizations();
        await ActivityArrangement.CreateAsync(db, "Acme");
        var queries = new ActivityQueries(db);

        var totals = await queries.TotalsAsync(ActivitySelection.Everyone, new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));
        var days = await queries.DailyAsync(new ActivitySelection([theirs.Ana], null), new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));

        Assert.Empty(totals);
        Assert.Empty(days);
    }
}
