using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

/// <summary>
/// My day's quick log and corrections, on SQLite and PostgreSQL: corrections delete and rewrite log
/// rows inside one transaction that also holds the writer's, and the aggregates must follow.
/// </summary>
public sealed class MyDayCommandsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateOnly Friday = new(2026, 11, 20);

    [DbFact]
    public async Task Quick_logs_add_up_and_a_correction_replaces_them_by_one_row_with_the_aggregates_following()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var (commands, ana) = (Commands(db), await Seeded.ActorAsync(db, "ana"));

        await commands.LogTodayAsync(new QuickLogRequest(null, "calls", 3), ana);
        await commands.LogTodayAsync(new QuickLogRequest(null, "calls", 2), ana);
        var afterLogs = await DayTotalAsync(db, a.Ana, a.Calls, Today);
        await commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today, 4)]), ana);
        var afterCorrection = await DayTotalAsync(db, a.Ana, a.Calls, Today);
        var rows = await db.Activities.CountAsync(r => r.PersonId == a.Ana);
        var sums = await ActivityArrangement.SumsAsync(db);

        Assert.Equal(5m, afterLogs);
        Assert.Equal(4m, afterCorrection);
        Assert.Equal(1, rows);
        Assert.Equal(sums.RawDays, sums.Days);
        Assert.Equal(sums.RawMonths, sums.Months);

        await commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today, 0)]), ana);

        Assert.Equal(0, await db.Activities.CountAsync());
        Assert.Equal(0, await db.ActivityDays.CountAsync());
        Assert.Equal(0, await db.ActivityMonths.CountAsync());
    }

    [DbFact]
    public async Task A_correction_keeps_what_an_import_logged_and_cannot_go_below_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        await ActivityArrangement.WriteAsync(db, [new NewActivity(a.Ana, a.Calls, Friday, 5, "crm-1", null)]);
        var (commands, ana) = (Commands(db), await Seeded.ActorAsync(db, "ana"));

        await commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Friday, 7)]), ana);
        var raised = await DayTotalAsync(db, a.Ana, a.Calls, Friday);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("demos", Friday, 1), new DayValue("calls", Friday, 3)]), ana));
        db.ChangeTracker.Clear();
        var afterRefusal = await DayTotalAsync(db, a.Ana, a.Calls, Friday);
        var demos = await db.ActivityDays.CountAsync(d => d.MetricId == a.Demos);
        await commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Friday, 5)]), ana);
        var lowered = await DayTotalAsync(db, a.Ana, a.Calls, Friday);
        var sums = await ActivityArrangement.SumsAsync(db);

        Assert.Equal(7m, raised);
        Assert.Equal("days[1].quantity", refused.Field);
        Assert.Equal(7m, afterRefusal);
        Assert.Equal(0, demos);
        Assert.Equal(5m, lowered);
        Assert.Equal(["crm-1"], await db.Activities.Select(r => r.ExternalId).ToListAsync());
        Assert.Equal(sums.RawDays, sums.Days);
        Assert.Equal(sums.RawMonths, sums.Months);
    }

    [DbFact]
    public async Task A_rep_may_not_log_or_correct_for_a_colleague_but_the_manager_may()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var commands = Commands(db);

        await Assert.ThrowsAsync<AccessDeniedException>(() => commands.LogTodayAsync(new QuickLogRequest("ben", "calls", 1), Seeded.ActorAsync(db, "ana").Result));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            commands.SetDaysAsync(new SetDaysRequest("ben", [new DayValue("calls", Friday, 2)]), Seeded.ActorAsync(db, "ana").Result));
        var managed = await commands.SetDaysAsync(new SetDaysRequest("ben", [new DayValue("calls", Friday, 2)]), await Seeded.ActorAsync(db, "dana"));

        Assert.Equal("ben", managed.Person.Handle);
        Assert.Equal(2m, await DayTotalAsync(db, a.Ben, a.Calls, Friday));
    }

    [DbFact]
    public async Task Days_outside_the_last_fourteen_and_bad_quantities_are_refused_naming_the_cell()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ActivityArrangement.CreateAsync(db);
        var (commands, ana) = (Commands(db), await Seeded.ActorAsync(db, "ana"));

        var tooOld = await Assert.ThrowsAsync<DomainRuleException>(() =>
            commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today.AddDays(-14), 1)]), ana));
        var future = await Assert.ThrowsAsync<DomainRuleException>(() =>
            commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today, 1), new DayValue("calls", Today.AddDays(1), 1)]), ana));
        var negative = await Assert.ThrowsAsync<DomainRuleException>(() =>
            commands.SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today, -1)]), ana));
        var zeroTap = await Assert.ThrowsAsync<DomainRuleException>(() => commands.LogTodayAsync(new QuickLogRequest(null, "calls", 0), ana));

        Assert.Equal("days[0].date", tooOld.Field);
        Assert.Equal("days[1].date", future.Field);
        Assert.Equal("days[0].quantity", negative.Field);
        Assert.Equal("quantity", zeroTap.Field);
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [DbFact]
    public async Task Undo_takes_back_the_newest_quick_log_for_ten_minutes_and_not_after_a_correction()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var ana = await Seeded.ActorAsync(db, "ana");
        var logged = Seeded.Clock.GetUtcNow();

        var day = await Commands(db).LogTodayAsync(new QuickLogRequest(null, "calls", 3), ana);
        var entry = day.Undo!.EntryId;
        Assert.Equal((3m, "calls"), (day.Undo.Quantity, day.Undo.Metric));

        // Eleven minutes later the entry is no longer offered, and the server refuses it.
        var late = Commands(db, logged.AddMinutes(11));
        Assert.Null((await new MyDayQueries(db, new PlanQueries(db), new ActivityQueries(db), new FixedClock(logged.AddMinutes(11))).GetAsync(null, ana)).Undo);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => late.UndoLastAsync(new UndoLogRequest(null, entry), ana));
        Assert.Contains("10 minutes", refused.Message);
        Assert.Equal("entry_id", refused.Field);
        Assert.Equal(3m, await DayTotalAsync(db, a.Ana, a.Calls, Today));

        // Nine minutes later it is taken back, with the day and month totals.
        var undone = await Commands(db, logged.AddMinutes(9)).UndoLastAsync(new UndoLogRequest(null, entry), ana);
        Assert.Null(undone.Undo);
        Assert.Equal(0m, await DayTotalAsync(db, a.Ana, a.Calls, Today));
        Assert.Equal(0, await db.ActivityMonths.CountAsync());

        // A correction replaces the day's quick logs by one unmarked row: nothing before it can be undone.
        var again = await Commands(db).LogTodayAsync(new QuickLogRequest(null, "calls", 2), ana);
        await Commands(db).SetDaysAsync(new SetDaysRequest(null, [new DayValue("calls", Today, 5)]), ana);
        var afterCorrection = await Assert.ThrowsAsync<DomainRuleException>(() => Commands(db).UndoLastAsync(new UndoLogRequest(null, again.Undo!.EntryId), ana));
        Assert.Contains("newest entry", afterCorrection.Message);
        Assert.Equal(5m, await DayTotalAsync(db, a.Ana, a.Calls, Today));
    }

    private static MyDayCommands Commands(GameplanDbContext db) =>
        new(db, new MyDayQueries(db, new PlanQueries(db), new ActivityQueries(db), Seeded.Clock), Seeded.Clock);

    private static MyDayCommands Commands(GameplanDbContext db, DateTimeOffset now) =>
        new(db, new MyDayQueries(db, new PlanQueries(db), new ActivityQueries(db), new FixedClock(now)), new FixedClock(now));

    private static async Task<decimal> DayTotalAsync(GameplanDbContext db, int person, int metric, DateOnly date) =>
        (await db.ActivityDays.AsNoTracking().Where(d => d.PersonId == person && d.MetricId == metric && d.Date == date).Select(d => d.Quantity).ToListAsync()).Sum();

}
