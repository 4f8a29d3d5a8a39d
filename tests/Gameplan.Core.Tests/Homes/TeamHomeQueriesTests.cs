using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Homes;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Pace;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Homes;

public sealed class TeamHomeQueriesTests
{
    // A Monday: the demo's one-on-one with Nia (in two days) falls in this week, its next tactical review (in eight) does not.
    private static readonly TimeProvider Monday = new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static TeamHomeQueries Queries(GameplanDbContext db)
    {
        var (plans, activities) = (new PlanQueries(db), new ActivityQueries(db));
        return new TeamHomeQueries(db, new TeamPaceQueries(db, plans, activities, Monday), new OffPaceQueries(db, plans, activities, Monday), Monday);
    }

    [DbFact]
    public async Task The_demo_manager_sees_his_people_worst_first_the_plans_waiting_on_him_and_this_week_s_reviews_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Monday).SeedIfEmptyAsync();

        var home = await Queries(db).GetAsync(await Seeded.ActorAsync(db, "omar"));

        Assert.Equal("Mid-Market", home.Team!.Name);
        Assert.Equal(new DateOnly(2026, 11, 23), home.WeekStart);
        Assert.Equal(["Lena Fischer", "Mateo Alvarez", "Nia Brooks", "Omar Haddad"], home.People.Select(p => p.Name).Order(StringComparer.Ordinal));
        // Worst first: nobody on pace is listed before anyone behind, and each person behind says why.
        var ranks = home.People.Select(p => p.Status switch { PaceStatus.OffTrack => 0, PaceStatus.AtRisk => 1, PaceStatus.OnTrack => 2, _ => 3 }).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var nia = home.People.Single(p => p.Handle == "nia");
        Assert.Equal(PaceStatus.OffTrack, nia.Status);
        Assert.All(nia.Behind, line => Assert.NotEmpty(line.Reasons));
        Assert.Null(home.People.Single(p => p.Handle == "omar").Status);

        // Mateo's plan waits for Omar's approval; Nia's was returned and is a draft of the cycle; nothing of Enterprise.
        var first = home.Plans[0];
        Assert.EndsWith("Territory Plan: Mateo Alvarez", first.Name, StringComparison.Ordinal);
        Assert.True(first.MayApprove);
        Assert.Equal(PlanStatus.InReview, first.Status);
        var nias = Assert.Single(home.Plans, p => p.Name.EndsWith("Territory Plan: Nia Brooks", StringComparison.Ordinal));
        Assert.True(nias.Returned);
        Assert.DoesNotContain(home.Plans, p => p.Name.Contains("Enterprise", StringComparison.Ordinal) || p.Owner is "Ravi Menon" or "Grace Kim");
        Assert.NotNull(home.Cycle);

        var review = Assert.Single(home.Reviews);
        Assert.Equal((ReviewKind.OneOnOne, "Nia Brooks", new DateOnly(2026, 11, 25)), (review.Kind, review.Person, review.Date));
    }

    [DbFact]
    public async Task The_home_reads_the_same_number_of_times_whatever_the_team_s_size()
    {
        await using var database = await TestDatabase.CreateAsync();
        int organization;
        await using (var setup = await database.MigratedAsync())
        {
            organization = (await new DemoOrganization(setup, Monday).SeedIfEmptyAsync())!.Value;
        }

        async Task<int> CountAsync()
        {
            var counter = new CommandCounter();
            await using var db = database.OpenWith(counter, organization);
            var actor = await Seeded.ActorAsync(db, "omar");
            var before = counter.Commands;
            var home = await Queries(db).GetAsync(actor);
            Assert.NotEmpty(home.People);
            return counter.Commands - before;
        }

        var small = await CountAsync();
        await using (var db = database.Open(organization))
        {
            var team = await db.Teams.Where(t => t.Name == "Mid-Market").Select(t => t.Id).SingleAsync();
            db.People.AddRange(Enumerable.Range(1, 20).Select(i => new Person(organization, $"rep{i}", $"Rep Number {i}", PersonRole.Rep, team, 40)));
            await db.SaveChangesAsync();
        }
        var large = await CountAsync();

        Assert.Equal(small, large);
    }
}
