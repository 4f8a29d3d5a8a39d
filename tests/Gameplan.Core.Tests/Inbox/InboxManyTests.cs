using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Inbox;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Pace;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Inbox;

/// <summary>The digest run reads every inbox at once (<see cref="InboxQueries.ForPeopleAsync"/>); each must be the one the page shows.</summary>
public sealed class InboxManyTests
{
    private static InboxQueries Queries(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock), Seeded.Clock);

    [DbFact]
    public async Task Every_inbox_of_the_demo_read_together_is_the_one_read_alone_today_and_in_ten_days()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Seeded.Clock).SeedIfEmptyAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var today = await new OrganizationClock(db, Seeded.Clock).ForOrganizationAsync();
        var kinds = new HashSet<InboxItemKind>();

        foreach (var day in new[] { today, today.AddDays(10) })
        {
            var together = await Queries(db).ForPeopleAsync(people.ToDictionary(p => p, _ => day));

            Assert.Equal(people, together.Keys.Order());
            foreach (var person in people)
            {
                var alone = await Queries(db).ForPersonAsync(person, day);
                Assert.Equal(alone.PersonId, together[person].PersonId);
                Assert.Equal(day, together[person].Today);
                Assert.Equal(alone.Items, together[person].Items);
                kinds.UnionWith(alone.Items.Select(i => i.Kind));
            }
        }
        // The comparison covers every source the demo fills, not just empty inboxes.
        Assert.Superset(new HashSet<InboxItemKind> { InboxItemKind.Approve, InboxItemKind.Returned, InboxItemKind.Acknowledge, InboxItemKind.Review, InboxItemKind.CheckIn, InboxItemKind.Finding }, kinds);
    }

    [DbFact]
    public async Task The_inboxes_of_a_team_bound_by_its_active_team_plan_read_together_are_the_ones_read_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await PaceArrangement.CreateAsync(db);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var kinds = new HashSet<InboxItemKind>();

        foreach (var day in new[] { new DateOnly(2027, 2, 10), new DateOnly(2027, 3, 15) })
        {
            var together = await Queries(db).ForPeopleAsync(people.ToDictionary(p => p, _ => day));
            foreach (var person in people)
            {
                var alone = await Queries(db).ForPersonAsync(person, day);
                Assert.Equal(alone.Items, together[person].Items);
                kinds.UnionWith(alone.Items.Select(i => i.Kind));
            }
        }
        // The team's commitments wait for its reps' acknowledgement and bind them to check in.
        Assert.Superset(new HashSet<InboxItemKind> { InboxItemKind.Acknowledge, InboxItemKind.CheckIn, InboxItemKind.Finding }, kinds);
    }

    [DbFact]
    public async Task Someone_unknown_among_many_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        await Assert.ThrowsAsync<NotFoundException>(() => Queries(db).ForPeopleAsync(new Dictionary<int, DateOnly> { [999_999] = new(2026, 11, 22) }));
    }
}
