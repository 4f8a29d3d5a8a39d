using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Tests.Data;

public sealed class MigrationTests
{
    private const string FirstMigration = "20261122090000_Initial";

    [DbFact]
    public async Task The_migrations_build_exactly_the_tables_columns_and_indexes_of_the_model()
    {
        await using var migratedDatabase = await TestDatabase.CreateAsync();
        await using var modelDatabase = await TestDatabase.CreateAsync();
        await using var migrated = await migratedDatabase.MigratedAsync();
        await using var fromModel = modelDatabase.Open();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDescription.ReadAsync(fromModel);
        var actual = await SchemaDescription.ReadAsync(migrated);

        Assert.True(expected.Count > 50, "the model should describe the whole schema");
        var differences = expected.Except(actual).Select(line => "missing: " + line).Concat(actual.Except(expected).Select(line => "extra: " + line)).ToList();
        Assert.True(differences.Count == 0, "Migrated schema differs from the model:" + Environment.NewLine + string.Join(Environment.NewLine, differences));
        Assert.Equal(expected, actual);
    }

    [DbFact]
    public async Task Every_migration_is_applied_once_and_a_second_run_applies_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        var first = await GameplanDatabase.MigrateAsync(db);
        var second = await GameplanDatabase.MigrateAsync(db);

        Assert.Equal(db.Database.GetMigrations(), first);
        Assert.Empty(second);
        Assert.Equal(first, await db.Database.GetAppliedMigrationsAsync());
    }

    [DbFact]
    public async Task Three_instances_starting_at_once_on_a_new_database_migrate_it_once_under_the_migration_lock()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contexts = Enumerable.Range(0, 3).Select(_ => database.Open()).ToList();
        try
        {
            // As several app instances do at start-up (DatabaseStartup): EF Core takes a database-wide lock
            // around Migrate, so one applies the migrations and the others find nothing left to do.
            using var start = new Barrier(contexts.Count);
            var applied = await Task.WhenAll(contexts.Select(db => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await GameplanDatabase.MigrateAsync(db);
            })));

            await using var check = database.Open();
            var all = check.Database.GetMigrations().ToList();
            Assert.Equal(all, await check.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await check.Database.GetPendingMigrationsAsync());
            Assert.Contains(applied, ids => ids.Count == all.Count);
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    [DbFact]
    public async Task A_database_created_at_the_first_migration_keeps_its_data_when_upgraded()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var old = database.Open())
        {
            await old.GetService<IMigrator>().MigrateAsync(FirstMigration);
            Assert.Single(await old.Database.GetAppliedMigrationsAsync());
        }
        var yes = database.IsPostgres ? "true" : "1";
        await database.ExecuteAsync($"""
            INSERT INTO "Organizations" ("Id", "Name") VALUES (7, 'Acme Field Sales');
            INSERT INTO "Teams" ("Id", "OrganizationId", "Name", "ParentTeamId") VALUES (3, 7, 'North', NULL);
            INSERT INTO "People" ("Id", "OrganizationId", "Handle", "Name", "Role", "TeamId", "CapacityHoursPerWeek", "IsActive")
                VALUES (11, 7, 'kim', 'Kim Lund', 'Manager', 3, 40, {yes});
            INSERT INTO "Plans" ("Id", "OrganizationId", "Name", "Scope", "TeamId", "OwnerId", "PeriodStart", "PeriodEnd", "Status", "Mission", "CreatedAt", "UpdatedAt", "Version")
                VALUES (5, 7, 'North 2027', 'Team', 3, 11, '2027-01-01', '2027-12-31', 'Active', 'Keep clinics paid.', '2026-10-01 00:00:00+00:00', '2026-10-01 00:00:00+00:00', 1);
            INSERT INTO "Goals" ("Id", "PlanId", "Key", "Title", "Metric", "Unit", "Target", "Due", "Direction", "Weight", "DriId")
                VALUES (21, 5, 'g1', 'Reach 80 clinics', 'customers', 'count', 80, '2027-12-31', 'Increase', 1, 11);
            INSERT INTO "Strategies" ("Id", "PlanId", "Key", "Statement", "DriId", "Position") VALUES (31, 5, 's1', 'Win multi-site clinics on savings.', 11, 0);
            INSERT INTO "StrategyGoals" ("StrategyId", "GoalId") VALUES (31, 21);
            INSERT INTO "Tactics" ("Id", "StrategyId", "Key", "Action", "OwnerId", "OwnerIsTeam", "Start", "Due", "Status", "Position")
                VALUES (41, 31, 't1', 'Prospect one hour a day.', 11, {(database.IsPostgres ? "false" : "0")}, '2027-01-04', '2027-03-31', 'Active', 0);
            INSERT INTO "Commitments" ("Id", "TacticId", "Metric", "Unit", "Target", "Per", "Assignees") VALUES (51, 41, 'prospecting_minutes', 'minutes', 60, 'Day', 'Owner');
            """);

        await using var upgraded = database.Open();
        var applied = await GameplanDatabase.MigrateAsync(upgraded);
        upgraded.OrganizationScope = 7;

        Assert.Equal(upgraded.Database.GetMigrations().Skip(1), applied);
        var plan = await upgraded.Plans.Include(p => p.Goals).Include(p => p.Strategies).ThenInclude(s => s.Tactics).ThenInclude(t => t.Commitments)
            .Include(p => p.Strategies).ThenInclude(s => s.GoalLinks).SingleAsync();
        Assert.Equal("North 2027", plan.Name);
        Assert.Equal(80m, plan.Goals.Single().Target);
        var tactic = plan.Strategies.Single().Tactics.Single();
        Assert.Equal("Prospect one hour a day.", tactic.Action);
        Assert.Equal(60m, tactic.Commitments.Single().Target);
        Assert.Equal("g1", plan.Strategies.Single().Goals.Single().Key);
        Assert.Equal("kim", (await upgraded.People.SingleAsync()).Handle);
    }
}
