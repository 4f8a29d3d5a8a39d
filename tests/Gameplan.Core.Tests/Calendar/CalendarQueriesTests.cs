using Gameplan.Core.Calendar;
using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Calendar;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Calendar;

public sealed class CalendarQueriesTests
{
    [DbFact]
    public async Task A_rep_gets_their_own_one_on_one_but_not_a_colleagues_and_the_manager_gets_both()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var reviews = new ReviewCommands(db, Seeded.Clock);
        var anas = await reviews.CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.OneOnOne, Date = new DateOnly(2027, 1, 15), Person = "ana" });
        var bens = await reviews.CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.OneOnOne, Date = new DateOnly(2027, 1, 22), Person = "ben" });
        var queries = new CalendarQueries(db, Seeded.Clock);

        async Task<int[]> ReviewsOf(string handle) =>
            [.. (await queries.EventsAsync(await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync()))
                .Where(e => e.Kind == CalendarEntryKind.Review).Select(e => e.EntityId)];

        Assert.Equal([anas.Id], await ReviewsOf("ana"));
        Assert.Equal([bens.Id], await ReviewsOf("ben"));
        Assert.Equal([anas.Id, bens.Id], await ReviewsOf("dana"));
    }

    [DbFact]
    public async Task A_feed_is_read_by_its_secret_alone_until_it_is_replaced_or_revoked()
    {
        await using var database = await TestDatabase.CreateAsync();
        int ana;
        CreatedCalendarFeed first, second;
        await using (var db = await database.MigratedAsync())
        {
            await Seeded.OrganizationAsync(db);
            var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
            await new ReviewCommands(db, Seeded.Clock).CreateAsync(plan.Id, new ReviewRequest { Kind = ReviewKind.OneOnOne, Date = new DateOnly(2027, 1, 15), Person = "ana" });
            ana = await db.People.Where(p => p.Handle == "ana").Select(p => p.Id).SingleAsync();
            var commands = new CalendarCommands(db, Seeded.Clock);
            first = await commands.CreateAsync(ana);
            second = await commands.CreateAsync(ana);
            Assert.Equal(new CalendarFeedStatus(true, second.Secret[..12], second.CreatedAt), await commands.StatusAsync(ana));
        }

        // A context scoped to no organisation, as an anonymous request's is.
        await using (var anonymous = database.Open())
        {
            var queries = new CalendarQueries(anonymous, Seeded.Clock);
            var feed = await queries.FeedAsync(second.Secret);
            Assert.NotNull(feed);
            Assert.Contains("SUMMARY:One-on-one: Ana Silva (East 2027)", feed, StringComparison.Ordinal);
            Assert.Contains("DTSTART;VALUE=DATE:20270115", feed, StringComparison.Ordinal);
            Assert.Null(await queries.FeedAsync(first.Secret));
            Assert.Null(await queries.FeedAsync(second.Secret + "x"));
            Assert.Null(await queries.FeedAsync("not a secret"));
        }

        await using (var db = database.Open(await OrganizationOf(database, ana)))
        {
            await new CalendarCommands(db, Seeded.Clock).RevokeAsync(ana);
            Assert.Null(await new CalendarQueries(db, Seeded.Clock).FeedAsync(second.Secret));
            Assert.False((await new CalendarCommands(db, Seeded.Clock).StatusAsync(ana)).Active);
        }
    }

    private static async Task<int> OrganizationOf(TestDatabase database, int personId)
    {
        await using GameplanDbContext db = database.Open();
        db.UseAllOrganizations();
        return await db.People.Where(p => p.Id == personId).Select(p => p.OrganizationId).SingleAsync();
    }
}
