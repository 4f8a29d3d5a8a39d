using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Organizations;

/// <summary>
/// One "today": the calendar day in the person's zone, else the organisation's. The clock stands at
/// 2026-12-06 20:00 UTC: already 2026-12-07 in Auckland (UTC+13), still 2026-12-06 in Los Angeles (UTC-8).
/// </summary>
public sealed class OrganizationClockTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly UtcDay = new(2026, 12, 6);
    private static readonly DateOnly AucklandDay = new(2026, 12, 7);

    [DbFact]
    public async Task A_new_organisation_counts_today_in_UTC()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        Assert.Equal("UTC", (await new OrganizationQueries(db).GetSettingsAsync()).TimeZone);
        Assert.Equal(UtcDay, await new OrganizationClock(db, Clock).TodayAsync());
    }

    [DbFact]
    public async Task Today_is_the_day_in_the_organisation_s_zone_and_a_person_s_own_zone_wins_for_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        await new OrganizationCommands(db).ChangeTimeZoneAsync("Pacific/Auckland");
        var ben = await SetZoneAsync(db, "ben", "America/Los_Angeles");
        var ana = await db.People.Where(p => p.Handle == "ana").Select(p => p.Id).SingleAsync();

        var clock = new OrganizationClock(db, Clock);

        Assert.Equal(AucklandDay, await clock.ForOrganizationAsync());
        Assert.Equal(AucklandDay, await clock.ForPersonAsync(ana));
        Assert.Equal(UtcDay, await clock.ForPersonAsync(ben));
        Assert.Equal(AucklandDay, await clock.LatestAsync());
        clock.PersonId = ben;
        Assert.Equal(UtcDay, await clock.TodayAsync());
    }

    [DbTheory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    [InlineData("   ")]
    public async Task A_time_zone_that_is_not_an_IANA_id_is_refused_naming_time_zone_and_nothing_changes(string zone)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new OrganizationCommands(db).ChangeSettingsAsync(new OrganizationSettingsInput { TimeZone = zone, MaxStrategies = 3 }));
        var person = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new PeopleCommands(db).CreateAsync(new PersonRequest { Handle = "eva", Name = "Eva Lind", TimeZone = zone + "x" }));

        Assert.Equal(("time_zone", "time_zone"), (refused.Field, person.Field));
        Assert.DoesNotContain("System.", refused.Message, StringComparison.Ordinal);
        var settings = await new OrganizationQueries(db).GetSettingsAsync();
        Assert.Equal(("UTC", (int?)null), (settings.TimeZone, settings.MaxStrategies));
    }

    [DbFact]
    public async Task Saving_settings_without_a_time_zone_keeps_the_zone_and_a_person_s_zone_round_trips()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new OrganizationCommands(db);

        await commands.ChangeSettingsAsync(new OrganizationSettingsInput { TimeZone = " Pacific/Auckland " });
        var kept = await commands.ChangeSettingsAsync(new OrganizationSettingsInput { MaxStrategies = 4 });
        var eva = await new PeopleCommands(db).CreateAsync(new PersonRequest { Handle = "eva", Name = "Eva Lind", TimeZone = "America/Los_Angeles" });
        var cleared = await new PeopleCommands(db).UpdateAsync(eva.Id, new PersonRequest { Handle = "eva", Name = "Eva Lind" });

        Assert.Equal(("Pacific/Auckland", (int?)4), (kept.TimeZone, kept.MaxStrategies));
        Assert.Equal(("America/Los_Angeles", (string?)null), (eva.TimeZone, cleared.TimeZone));
    }

    [DbFact]
    public async Task My_day_and_its_quick_log_use_the_day_of_the_person_whose_day_it_is()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await Activities.ActivityArrangement.CreateAsync(db);
        await new OrganizationCommands(db).ChangeTimeZoneAsync("Pacific/Auckland");
        await SetZoneAsync(db, "ben", "America/Los_Angeles");
        var dana = await Seeded.ActorAsync(db, "dana");
        var queries = new MyDayQueries(db, new PlanQueries(db), new ActivityQueries(db), Clock);
        var commands = new MyDayCommands(db, queries, Clock);

        var anasDay = await queries.GetAsync("ana", dana);
        var bensDay = await commands.LogTodayAsync(new QuickLogRequest("ben", "calls", 2), dana);

        Assert.Equal(AucklandDay, anasDay.Today);
        Assert.Equal(UtcDay, bensDay.Today);
        Assert.Equal(UtcDay, await db.ActivityDays.Where(d => d.PersonId == a.Ben).Select(d => d.Date).SingleAsync());
    }

    [DbTheory]
    [InlineData("UTC", false)]
    [InlineData("Pacific/Auckland", true)]
    public async Task An_activity_dated_tomorrow_in_UTC_is_accepted_only_where_that_day_has_begun(string zone, bool accepted)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Activities.ActivityArrangement.CreateAsync(db);
        await new OrganizationCommands(db).ChangeTimeZoneAsync(zone);
        var request = new LogActivitiesRequest { Date = AucklandDay, Person = "ana", Metric = "calls", Quantity = 1 };

        var log = () => new ActivityCommands(db, Clock).LogAsync(request, null, Seeded.ActorAsync(db, "ana").Result);

        if (accepted)
        {
            Assert.Equal(1, (await log()).Imported);
        }
        else
        {
            Assert.Equal("date", (await Assert.ThrowsAsync<DomainRuleException>(log)).Field);
        }
    }

    [DbFact]
    public async Task An_acknowledgement_is_dated_on_the_acknowledging_person_s_day()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        await new OrganizationCommands(db).ChangeTimeZoneAsync("Pacific/Auckland");
        var plan = await new PlanCommands(db, Clock).CreateAsync(Seeded.TeamPlan(), await Seeded.ActorAsync(db, "dana"));
        var strategy = await new Strategies.StrategyCommands(db, Clock).CreateAsync(plan.Id, new Strategies.StrategyRequest { Key = "s1", Statement = "Win multi-site clinics on savings." });
        var tactic = await new Tactics.TacticCommands(db, Clock).CreateAsync(plan.Id, strategy.Id, new Tactics.TacticRequest { Key = "t1", Action = "Prospect one hour a day.", Owner = "ana" });
        var commitment = await new CommitmentCommands(db, Clock).CreateAsync(plan.Id, tactic.Id, new CommitmentRequest { Metric = "calls", Target = 5 });

        var acknowledged = await new CommitmentCommands(db, Clock).AcknowledgeAsync(plan.Id, commitment.Id, "ana");

        Assert.Equal(AucklandDay, (await db.Plans.SelectMany(p => p.Strategies).SelectMany(s => s.Tactics).SelectMany(t => t.Commitments)
            .SelectMany(c => c.Acknowledgements).SingleAsync()).On);
        Assert.NotNull(acknowledged);
    }

    private static async Task<int> SetZoneAsync(GameplanDbContext db, string handle, string zone)
    {
        var person = await db.People.SingleAsync(p => p.Handle == handle);
        person.ChangeTimeZone(TimeZones.Require(zone, "time_zone"));
        await db.SaveChangesAsync();
        return person.Id;
    }
}
