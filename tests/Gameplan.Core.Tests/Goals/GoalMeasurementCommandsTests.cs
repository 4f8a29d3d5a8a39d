using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Goals;

public sealed class GoalMeasurementCommandsTests
{
    [DbFact]
    public async Task A_recorded_measurement_is_stored_with_its_source_and_who_recorded_it_and_moves_the_goals_progress()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        db.AuditActor = "dana (Dana Reyes)";

        var recorded = await a.RecordAsync("2026-11-20", 50, note: "From the CRM.");

        db.ChangeTracker.Clear();
        var stored = await db.GoalMeasurements.SingleAsync();
        Assert.Equal((a.GoalId, new DateOnly(2026, 11, 20), 50m, "From the CRM.", MeasurementSource.Entered, "dana (Dana Reyes)", Seeded.Clock.GetUtcNow()),
            (stored.GoalId, stored.Date, stored.Value, stored.Note, stored.Source, stored.RecordedBy, stored.RecordedAt));
        Assert.Equal(stored.Id, recorded.Id);
        var listed = await a.Queries.ListAsync(a.GoalId, await a.ActorAsync("ana"));
        Assert.Equal([recorded], listed.Measurements);
        var progress = listed.Progress!;
        Assert.Equal((0.25m, 50m, GoalValueSource.Measurement, new DateOnly(2026, 11, 20)), (progress.Progress!.Value, progress.Value!.Value, progress.Source, progress.MeasuredOn!.Value));
        Assert.Equal("(50 - 40) / (80 - 40) = 0.25", progress.Formula);
    }

    [DbFact]
    public async Task The_latest_measurement_up_to_today_counts_and_on_one_day_the_one_recorded_last()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        await a.RecordAsync("2026-11-10", 60);
        await a.RecordAsync("2026-10-01", 44);
        await a.RecordAsync("2026-11-10", 70);

        var listed = await a.Queries.ListAsync(a.GoalId, await a.ActorAsync("dana"));

        Assert.Equal([44m, 60m, 70m], listed.Measurements.Select(m => m.Value));
        Assert.Equal("(70 - 40) / (80 - 40) = 0.75", listed.Progress!.Formula);
        var report = await a.Pace.GetReportAsync(a.PlanId);
        Assert.Equal(0.75m, Assert.Single(report.Goals).Progress);
        Assert.Equal("(0.75x80) / 80 = 0.75", report.PlanProgress.Formula);
    }

    [DbTheory]
    [InlineData("2026-11-23", 50.0, null, "date")] // today is 2026-11-22 in the organisation (UTC)
    [InlineData(null, 50.0, null, "date")]
    [InlineData("2026-11-20", null, null, "value")]
    [InlineData("2026-11-20", 1e15, null, "value")]
    [InlineData("2026-11-20", 50.0, "x", "note")]
    public async Task A_bad_measurement_is_refused_naming_its_field_and_nothing_is_stored(string? date, double? value, string? note, string field)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        var request = new MeasurementRequest
        {
            Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Value = value is null ? null : (decimal)value.Value,
            Note = note is null ? null : new string('x', GoalMeasurement.MaxNoteLength + 1),
        };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => a.RecordAsync(request));

        Assert.Equal(field, refused.Field);
        Assert.False(await db.GoalMeasurements.AnyAsync());
    }

    [DbFact]
    public async Task A_day_begun_in_the_organisation_s_time_zone_is_taken_before_UTC_reaches_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        await new OrganizationCommands(db).ChangeTimeZoneAsync("Pacific/Auckland");
        // 20:00 UTC on the 22nd is 09:00 on the 23rd in Auckland.
        var evening = new FixedClock(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero));
        var request = new MeasurementRequest { Date = new DateOnly(2026, 11, 23), Value = 52 };

        await new GoalMeasurementCommands(db, evening).RecordAsync(a.GoalId, request, await a.ActorAsync("dana"));

        Assert.Equal(1, await db.GoalMeasurements.CountAsync());
    }

    [DbFact]
    public async Task A_rep_reads_the_measurements_of_their_teams_plan_but_records_and_deletes_none()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        var kept = await a.RecordAsync("2026-11-20", 50);
        var ana = await a.ActorAsync("ana");

        await Assert.ThrowsAsync<AccessDeniedException>(() => a.RecordAsync("2026-11-21", 55, by: "ana"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => a.Commands.DeleteAsync(a.GoalId, kept.Id, ana));

        Assert.Equal([kept.Id], (await a.Queries.ListAsync(a.GoalId, ana)).Measurements.Select(m => m.Id));
    }

    [DbFact]
    public async Task A_deleted_measurement_no_longer_counts_and_a_deleted_goal_takes_its_measurements_with_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        await a.RecordAsync("2026-11-01", 48);
        var latest = await a.RecordAsync("2026-11-20", 50);
        var dana = await a.ActorAsync("dana");

        await a.Commands.DeleteAsync(a.GoalId, latest.Id, dana);

        Assert.Equal("(48 - 40) / (80 - 40) = 0.2", (await a.Queries.ListAsync(a.GoalId, dana)).Progress!.Formula);
        await Assert.ThrowsAsync<NotFoundException>(() => a.Commands.DeleteAsync(a.GoalId, latest.Id, dana));
        db.ChangeTracker.Clear();
        await new GoalCommands(db, Seeded.Clock).DeleteAsync(a.PlanId, a.GoalId);
        Assert.False(await db.GoalMeasurements.AnyAsync());
    }

    [DbFact]
    public async Task A_closed_plan_takes_no_measurement()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);
        var plans = new PlanCommands(db, Seeded.Clock);
        await plans.TransitionAsync(a.PlanId, PlanTransition.Submit);
        await plans.TransitionAsync(a.PlanId, PlanTransition.Approve);
        await a.RecordAsync("2026-11-20", 50); // an approved plan under way does
        await plans.TransitionAsync(a.PlanId, PlanTransition.Close);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => a.RecordAsync("2026-11-21", 52));

        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.GoalMeasurements.CountAsync());
    }

    [DbFact]
    public async Task A_goal_of_another_organisation_does_not_exist_for_reading_recording_or_deleting()
    {
        await using var database = await TestDatabase.CreateAsync();
        int theirGoal;
        int theirMeasurement;
        int mine;
        await using (var setup = await database.MigratedAsync())
        {
            var theirs = await GoalMeasurementArrangement.CreateAsync(setup);
            theirGoal = theirs.GoalId;
            theirMeasurement = (await theirs.RecordAsync("2026-11-20", 50)).Id;
            setup.UseAllOrganizations();
            mine = await Seeded.OrganizationAsync(setup, "Rival Inc");
        }
        await using var db = database.Open(mine);
        var admin = new Domain.Access.Actor(null, Domain.People.PersonRole.Admin, [], new HashSet<int>());
        var a = new GoalMeasurementArrangement(db, 0, theirGoal);

        await Assert.ThrowsAsync<NotFoundException>(() => a.Queries.ListAsync(theirGoal, admin));
        await Assert.ThrowsAsync<NotFoundException>(() => a.Commands.RecordAsync(theirGoal, new MeasurementRequest { Date = new DateOnly(2026, 11, 21), Value = 1 }, admin));
        await Assert.ThrowsAsync<NotFoundException>(() => a.Commands.DeleteAsync(theirGoal, theirMeasurement, admin));
        Assert.Empty(await db.GoalMeasurements.ToListAsync());
        db.UseAllOrganizations();
        Assert.Equal(1, await db.GoalMeasurements.CountAsync());
    }

    [DbFact]
    public async Task Recording_and_deleting_a_measurement_is_in_the_plans_audit_log()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await GoalMeasurementArrangement.CreateAsync(db);

        var recorded = await a.RecordAsync("2026-11-20", 50);
        await a.Commands.DeleteAsync(a.GoalId, recorded.Id, await a.ActorAsync("dana"));

        var lines = await db.AuditLog.Where(e => e.EntityType == "measurement").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["created", "deleted"], lines.Select(l => l.Action));
        Assert.All(lines, l => Assert.Equal((a.PlanId, "50 on 2026-11-20"), (l.PlanId!.Value, l.Summary)));
    }
}
