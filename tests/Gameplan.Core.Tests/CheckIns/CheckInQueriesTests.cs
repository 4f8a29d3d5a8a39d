using Gameplan.Core.Activities;
using Gameplan.Core.Calendar;
using Gameplan.Core.CheckIns;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Calendar;
using Gameplan.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.CheckIns;

/// <summary>
/// Check-ins on the demo organisation (today Thursday 2026-11-26, check-in day Friday): this week's is due Friday
/// 27 November, last week's was due on the 20th; everyone on the plan checked in until then except Jonas, who
/// stopped after the week due 6 November.
/// </summary>
public sealed class CheckInQueriesTests
{
    private static readonly DateOnly ThisWeek = new(2026, 11, 27);
    private static readonly DateOnly LastWeek = new(2026, 11, 20);

    private static readonly TimeProvider Thursday = new FixedClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    private static async Task<(GameplanDbContext Db, CheckInQueries Queries, CheckInCommands Commands)> DemoAsync(TestDatabase database)
    {
        var db = await database.MigratedAsync();
        db.OrganizationScope = await new DemoOrganization(db, Thursday).SeedIfEmptyAsync();
        var plans = new PlanQueries(db);
        return (db, new CheckInQueries(db, plans, new ActivityQueries(db), Thursday), new CheckInCommands(db, plans, Thursday));
    }

    [DbFact]
    public async Task A_reps_form_prefills_the_weeks_logged_activity_beside_last_weeks_check_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, queries, _) = await DemoAsync(database);
        await using var _db = db;
        var lena = await Seeded.ActorAsync(db, "lena");

        var form = await queries.FormAsync(lena);

        Assert.Equal((ThisWeek, ThisWeek.AddDays(-6), DayOfWeek.Friday), (form.Week, form.From, form.Day));
        var plan = Assert.Single(form.Plans);
        Assert.Null(plan.Current);
        Assert.Equal(LastWeek, plan.Previous?.Week);
        var minutes = plan.Commitments.Single(c => c.Metric == "prospecting_minutes");
        var metric = await db.Metrics.Where(m => m.Name == "prospecting_minutes").Select(m => m.Id).SingleAsync();
        var logged = await db.Activities.Where(a => a.PersonId == lena.PersonId && a.MetricId == metric && a.Date >= form.From && a.Date <= form.Week).SumAsync(a => a.Quantity);
        Assert.True(logged > 0, "the demo logs prospecting up to today");
        Assert.Equal(logged, minutes.Logged);
        // Jonas's commitments are not Lena's.
        Assert.DoesNotContain(plan.Commitments, c => c.Metric == "career_fairs");
    }

    [DbFact]
    public async Task Saving_refuses_off_track_without_a_sentence_naming_the_field_then_saves_and_replaces_on_a_second_save()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, queries, commands) = await DemoAsync(database);
        await using var _db = db;
        var lena = await Seeded.ActorAsync(db, "lena");
        var form = await queries.FormAsync(lena);
        var first = form.Plans[0].Commitments[0];
        SaveCheckInRequest Request(string? why) => new()
        {
            Lines = [new CheckInLineInput { CommitmentId = first.CommitmentId, Actual = first.Logged, Confidence = CheckInConfidence.OffTrack, Why = why }],
            Wins = "Two demos booked.",
        };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => commands.SaveAsync(lena, null, Request(null)));
        Assert.Equal("lines[0].why", refused.Field);
        Assert.Equal(0, await db.CheckIns.CountAsync(c => c.PersonId == lena.PersonId && c.Week == ThisWeek));
        Assert.Equal(ThisWeek, await queries.DueWeekAsync(lena.PersonId!.Value));

        var saved = await commands.SaveAsync(lena, null, Request("A clinic visit took two mornings."));
        var again = await commands.SaveAsync(lena, null, Request("Two clinic visits took the mornings."));

        Assert.Equal(saved.Id, again.Id);
        Assert.Equal("Two clinic visits took the mornings.", Assert.Single(again.Lines).Why);
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.PersonId == lena.PersonId && c.Week == ThisWeek));
        Assert.Null(await queries.DueWeekAsync(lena.PersonId!.Value));
        Assert.False(await queries.IsDueAsync(lena.PersonId!.Value));
        Assert.Equal(saved.Id, (await queries.FormAsync(lena)).Plans[0].Current?.Id);
    }

    [DbFact]
    public async Task A_rep_cannot_check_in_on_a_colleagues_commitment_nor_for_a_week_to_come()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, queries, commands) = await DemoAsync(database);
        await using var _db = db;
        var lena = await Seeded.ActorAsync(db, "lena");
        var ravisFairs = (await queries.FormAsync(await Seeded.ActorAsync(db, "ravi"))).Plans[0].Commitments.Single(c => c.Metric == "career_fairs");

        var colleagues = await Assert.ThrowsAsync<DomainRuleException>(() => commands.SaveAsync(lena, null, new SaveCheckInRequest
        {
            Lines = [new CheckInLineInput { CommitmentId = ravisFairs.CommitmentId, Actual = 1, Confidence = CheckInConfidence.OnTrack }],
        }));
        var future = await Assert.ThrowsAsync<DomainRuleException>(() => commands.SaveAsync(lena, ThisWeek.AddDays(7), new SaveCheckInRequest()));
        var mine = (await queries.FormAsync(lena)).Plans[0].Commitments[0].CommitmentId;
        var noConfidence = await Assert.ThrowsAsync<DomainRuleException>(() => commands.SaveAsync(lena, null, new SaveCheckInRequest
        {
            Lines = [new CheckInLineInput { CommitmentId = mine }],
        }));

        Assert.Equal("lines[0].commitment_id", colleagues.Field);
        Assert.Equal("week", future.Field);
        Assert.Equal("lines[0].confidence", noConfidence.Field);
        Assert.Equal(0, await db.CheckIns.CountAsync(c => c.Week == ThisWeek));
    }

    [DbFact]
    public async Task A_person_their_managers_and_executives_read_their_check_ins_and_a_colleague_or_another_teams_manager_does_not()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, queries, _) = await DemoAsync(database);
        await using var _db = db;
        var lena = (await Seeded.ActorAsync(db, "lena")).PersonId!.Value;

        foreach (var reader in new[] { "lena", "omar", "rosa", "alex" })
        {
            var history = await queries.HistoryAsync(lena, await Seeded.ActorAsync(db, reader));
            Assert.Equal(LastWeek, history.CheckIns[0].Week);
        }
        foreach (var reader in new[] { "mateo", "grace" })
        {
            var actor = await Seeded.ActorAsync(db, reader);
            await Assert.ThrowsAsync<AccessDeniedException>(() => queries.HistoryAsync(lena, actor));
        }
        var midMarket = await db.Teams.Where(t => t.Name == "Mid-Market").Select(t => t.Id).SingleAsync();
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await queries.TeamAsync(midMarket, await Seeded.ActorAsync(db, "lena")));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await queries.TeamAsync(midMarket, await Seeded.ActorAsync(db, "grace")));
    }

    [DbFact]
    public async Task The_team_report_lists_who_has_not_checked_in_and_since_when_and_the_lapsed_rep_is_gp503()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, queries, commands) = await DemoAsync(database);
        await using var _db = db;
        var enterprise = await db.Teams.Where(t => t.Name == "Enterprise").Select(t => t.Id).SingleAsync();
        var grace = await Seeded.ActorAsync(db, "grace");

        var report = await queries.TeamAsync(enterprise, grace);

        var jonas = report.People.Single(p => p.Handle == DemoCheckIns.Stopped);
        Assert.Equal((2, new DateOnly(2026, 11, 6), true), (jonas.MissedInARow, jonas.LastCheckIn, jonas.Lapsed));
        Assert.Equal(DemoCheckIns.Stopped, report.Missing[0].Handle);
        Assert.All(report.People.Where(p => p.Handle != DemoCheckIns.Stopped), p => Assert.Equal((1m, 0, LastWeek), (p.Share!.Value, p.MissedInARow, p.LastCheckIn!.Value)));
        // He joined when his tactics started (4 October): seven weeks were due since, fewer than the twelve a trend shows.
        Assert.Equal((7, 5, 7), (jonas.Expected, jonas.CheckedIn, jonas.Trend.Count));
        Assert.Equal([true, false, false], jonas.Trend.TakeLast(3).Select(w => w.CheckedIn));

        var plan = await db.Plans.Where(p => p.Name.EndsWith(" Sales Plan")).Select(p => p.Id).SingleAsync();
        var critique = await new CritiqueQueries(db, new PlanQueries(db), Thursday).ForPlanAsync(plan);
        var gp503 = Assert.Single(critique.Findings, f => f.Rule == "GP503");
        Assert.StartsWith("jonas has not checked in for 2 weeks in a row", gp503.Message, StringComparison.Ordinal);

        // Once Ravi checks in this week, the team page no longer lists him.
        var ravi = await Seeded.ActorAsync(db, "ravi");
        Assert.Contains(report.Missing, p => p.Handle == "ravi");
        await commands.SaveAsync(ravi, null, new SaveCheckInRequest { Wins = "Two fairs booked." });
        Assert.DoesNotContain(await queries.MissingAsync(enterprise, grace), p => p.Handle == "ravi");
    }

    [DbFact]
    public async Task A_person_on_an_active_plan_finds_each_check_in_day_in_their_calendar_under_a_stable_uid()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (db, _, _) = await DemoAsync(database);
        await using var _db = db;
        var calendar = new CalendarQueries(db, Thursday);
        var lena = (await Seeded.ActorAsync(db, "lena")).PersonId!.Value;
        var omar = (await Seeded.ActorAsync(db, "omar")).PersonId!.Value;

        var days = (await calendar.EventsAsync(lena)).Where(e => e.Kind == CalendarEntryKind.CheckInDue).ToList();

        Assert.Contains(days, e => e.Date == ThisWeek && e.EntityId == lena);
        Assert.All(days, e => Assert.Equal(DayOfWeek.Friday, e.Date.DayOfWeek));
        Assert.Equal(days.Count, days.Select(e => e.Date).Distinct().Count());
        // Omar owns tactics of this year's plan but no commitment binds him: no check-in this year (his team's plan for next year has them).
        Assert.DoesNotContain(await calendar.EventsAsync(omar), e => e.Kind == CalendarEntryKind.CheckInDue && e.Date.Year == ThisWeek.Year);
    }
}
