using Gameplan.Core.Activities;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gameplan.Core.Tests.Activities;

public sealed class ActivityWriterTests
{
    private static readonly DateOnly Monday = new(2027, 3, 29);

    [DbFact]
    public async Task Day_and_month_aggregates_equal_the_raw_sums_after_mixed_batches()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, Monday, 3, "r1", null),
            new(a.Ana, a.Calls, Monday, 2.5m, "r2", "two calls and a half"),
            new(a.Ben, a.Calls, Monday, 1, "r3", null),
            new(a.Ana, a.Demos, Monday.AddDays(3), 1, "r4", null),
        ]);
        await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, Monday, 4, "r5", null),
            new(a.Ana, a.Calls, Monday.AddDays(2), 7, "r6", null),
            new(a.Ben, a.Demos, Monday.AddDays(4), 2, "r7", null),
        ]);
        var sums = await ActivityArrangement.SumsAsync(db);

        Assert.True(sums.RawDays == sums.Days, $"days\nraw:\n{sums.RawDays}\naggregate:\n{sums.Days}");
        Assert.True(sums.RawMonths == sums.Months, $"months\nraw:\n{sums.RawMonths}\naggregate:\n{sums.Months}");
        var anaCallsMarch = await db.ActivityMonths.SingleAsync(m => m.PersonId == a.Ana && m.MetricId == a.Calls && m.Month == new DateOnly(2027, 3, 1));
        Assert.Equal((9.5m + 7m, 4), (anaCallsMarch.Quantity, anaCallsMarch.Entries));
        var anaCallsMonday = await db.ActivityDays.SingleAsync(d => d.PersonId == a.Ana && d.MetricId == a.Calls && d.Date == Monday);
        Assert.Equal((9.5m, 3), (anaCallsMonday.Quantity, anaCallsMonday.Entries));
    }

    [DbFact]
    public async Task A_row_resent_in_the_same_write_or_a_later_one_counts_once_and_is_reported_as_a_duplicate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        var first = await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, Monday, 5, "crm-1", null),
            new(a.Ana, a.Calls, Monday, 5, "crm-1", null),
            new(a.Ana, a.Calls, Monday, 1, "crm-2", null),
        ]);
        var second = await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, Monday, 5, "crm-1", null),
            new(a.Ana, a.Calls, Monday, 1, "crm-2", null),
            new(a.Ana, a.Calls, Monday, 2, "crm-3", null),
        ]);

        Assert.Equal(new ActivityWriteResult(2, 1), first);
        Assert.Equal(new ActivityWriteResult(1, 2), second);
        var day = await db.ActivityDays.SingleAsync();
        Assert.Equal((8m, 3), (day.Quantity, day.Entries));
        Assert.Equal(3, await db.Activities.CountAsync());
    }

    [DbFact]
    public async Task A_write_disposed_without_commit_leaves_no_log_rows_and_no_aggregates()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        await using (var writer = await ActivityWriter.BeginAsync(db, ActivityArrangement.RowsPerMerge, default))
        {
            // Past one batch on either provider, so some rows were already written when it is abandoned.
            for (var i = 0; i < 50_500; i++)
            {
                await writer.AddAsync(new(i % 2 == 0 ? a.Ana : a.Ben, a.Calls, Monday.AddDays(i % 60), 1, $"row-{i}", null), default);
            }
        }

        Assert.Equal(0, await db.Activities.CountAsync());
        Assert.Equal(0, await db.ActivityDays.CountAsync());
        Assert.Equal(0, await db.ActivityMonths.CountAsync());
        var after = await ActivityArrangement.WriteAsync(db, [new(a.Ana, a.Calls, Monday, 1, "row-1", null)]);
        Assert.Equal(new ActivityWriteResult(1, 0), after);
    }

    [DbFact]
    public async Task Many_batches_in_one_write_keep_the_aggregates_exact()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        // 120,000 rows: several SQLite roll-ups and three PostgreSQL COPY batches; every 7th row repeats an earlier id.
        var rows = Enumerable.Range(0, 120_000).Select(i => new NewActivity(
            i % 3 == 0 ? a.Ben : a.Ana, i % 5 == 0 ? a.Demos : a.Calls, new DateOnly(2027, 1, 1).AddDays(i % 400), i % 4 + 0.25m,
            i % 7 == 0 && i > 0 ? $"row-{i - 7}" : $"row-{i}", null));

        var result = await ActivityArrangement.WriteAsync(db, rows);
        var sums = await ActivityArrangement.SumsAsync(db);

        Assert.Equal(120_000, result.Imported + result.Duplicates);
        Assert.Equal(await db.Activities.CountAsync(), result.Imported);
        Assert.True(sums.RawDays == sums.Days, "day aggregates differ from the raw sums");
        Assert.True(sums.RawMonths == sums.Months, "month aggregates differ from the raw sums");
    }

    [DbFact]
    public async Task A_large_write_committed_or_abandoned_leaves_the_schema_as_migrated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);
        var migrated = await SchemaDescription.ReadAsync(db);
        // More rows than the log held and than SqliteDeferredIndexes.From: SQLite rebuilds the log's secondary indexes.
        IEnumerable<NewActivity> Rows(string prefix) => Enumerable.Range(0, 60_000)
            .Select(i => new NewActivity(i % 2 == 0 ? a.Ana : a.Ben, i % 3 == 0 ? a.Demos : a.Calls, Monday.AddDays(-(i % 300)), 1, $"{prefix}-{i}", null));

        await using (var writer = await ActivityWriter.BeginAsync(db, default))
        {
            foreach (var row in Rows("abandoned"))
            {
                await writer.AddAsync(row, default);
            }
        }
        var afterAbandoned = await SchemaDescription.ReadAsync(db);
        var result = await ActivityArrangement.WriteAsync(db, Rows("kept"));
        var afterCommitted = await SchemaDescription.ReadAsync(db);

        Assert.Equal(new ActivityWriteResult(60_000, 0), result);
        Assert.Equal(migrated, afterAbandoned);
        Assert.Equal(migrated, afterCommitted);
        Assert.Contains(afterCommitted, line => line.Contains("IX_ActivityLog_OrganizationId_PersonId_Date", StringComparison.Ordinal));
        var sums = await ActivityArrangement.SumsAsync(db);
        Assert.True(sums.RawDays == sums.Days, "day aggregates differ from the raw sums");
        Assert.True(sums.RawMonths == sums.Months, "month aggregates differ from the raw sums");
    }

    [DbFact]
    public async Task A_large_write_over_earlier_rows_of_both_organisations_adds_to_the_aggregates_exactly()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var rival = await ActivityArrangement.CreateAsync(db, "Rival Inc");
        await ActivityArrangement.WriteAsync(db, Enumerable.Range(0, 500).Select(i => new NewActivity(rival.Ana, rival.Calls, Monday.AddDays(-(i % 50)), 2, $"rival-{i}", null)));
        db.UseAllOrganizations();
        var a = await ActivityArrangement.CreateAsync(db, "Acme");
        await ActivityArrangement.WriteAsync(db, Enumerable.Range(0, 1_000).Select(i => new NewActivity(a.Ana, a.Calls, Monday.AddDays(-(i % 100)), 1, $"early-{i}", null)));
        // Larger than the log and than SqliteDeferredIndexes.From: the days after the switch are summed by one GROUP BY
        // over this write's rows, on top of the same days' earlier totals; every 11th row re-sends an earlier one.
        var result = await ActivityArrangement.WriteAsync(db, Enumerable.Range(0, 70_000).Select(i => new NewActivity(
            i % 2 == 0 ? a.Ana : a.Ben, i % 3 == 0 ? a.Demos : a.Calls, Monday.AddDays(-(i % 200)), 0.5m,
            i % 11 == 0 ? $"early-{i % 1_000}" : $"late-{i}", null)));

        var sums = await ActivityArrangement.SumsAsync(db);
        Assert.Equal(new ActivityWriteResult(70_000 - 6_364, 6_364), result);
        Assert.True(sums.RawDays == sums.Days, "day aggregates differ from the raw sums");
        Assert.True(sums.RawMonths == sums.Months, "month aggregates differ from the raw sums");
        var anaCallsMonday = await db.ActivityDays.SingleAsync(d => d.PersonId == a.Ana && d.MetricId == a.Calls && d.Date == Monday);
        Assert.True(anaCallsMonday.Entries > 10, "the large write added to the day the first write had started");
        db.OrganizationScope = rival.Organization;
        var rivalSums = await ActivityArrangement.SumsAsync(db);
        Assert.True(rivalSums.RawDays == rivalSums.Days, "the other organisation's day aggregates changed");
        Assert.Equal(500, await db.ActivityDays.SumAsync(d => d.Entries));
    }

    [DbFact]
    public async Task Rows_around_a_leap_day_fall_into_their_own_days_and_months()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        await ActivityArrangement.WriteAsync(db, [
            new(a.Ana, a.Calls, new DateOnly(2028, 1, 31), 1, "jan", null),
            new(a.Ana, a.Calls, new DateOnly(2028, 2, 1), 2, "feb-1", null),
            new(a.Ana, a.Calls, new DateOnly(2028, 2, 29), 4, "leap", null),
            new(a.Ana, a.Calls, new DateOnly(2028, 3, 1), 8, "mar", null),
        ]);

        var months = await db.ActivityMonths.OrderBy(m => m.Month).Select(m => new { m.Month, m.Quantity }).ToListAsync();
        Assert.Equal(
            [(new DateOnly(2028, 1, 1), 1m), (new DateOnly(2028, 2, 1), 6m), (new DateOnly(2028, 3, 1), 8m)],
            months.Select(m => (m.Month, m.Quantity)));
        Assert.Equal(4m, (await db.ActivityDays.SingleAsync(d => d.Date == new DateOnly(2028, 2, 29))).Quantity);
    }

    [DbFact]
    public async Task A_person_or_metric_of_another_organisation_is_refused_by_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var theirs = await ActivityArrangement.CreateAsync(db, "Rival Inc");
        db.UseAllOrganizations();
        var mine = await ActivityArrangement.CreateAsync(db, "Acme");

        await using var writer = await ActivityWriter.BeginAsync(db, default);
        var person = await Assert.ThrowsAsync<DomainRuleException>(() => writer.AddAsync(new(theirs.Ana, mine.Calls, Monday, 1, "x1", null), default).AsTask());
        var metric = await Assert.ThrowsAsync<DomainRuleException>(() => writer.AddAsync(new(mine.Ana, theirs.Calls, Monday, 1, "x2", null), default).AsTask());
        await writer.AddAsync(new(mine.Ana, mine.Calls, Monday, 1, "x3", null), default);
        var result = await writer.CommitAsync(default);

        Assert.Equal(("person", "metric"), (person.Field, metric.Field));
        Assert.Equal(new ActivityWriteResult(1, 0), result);
    }

    [DbFact]
    public async Task A_negative_quantity_or_a_missing_external_id_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        await using var writer = await ActivityWriter.BeginAsync(db, default);
        var negative = await Assert.ThrowsAsync<DomainRuleException>(() => writer.AddAsync(new(a.Ana, a.Calls, Monday, -1, "n", null), default).AsTask());
        var blank = await Assert.ThrowsAsync<DomainRuleException>(() => writer.AddAsync(new(a.Ana, a.Calls, Monday, 1, " ", null), default).AsTask());

        Assert.Equal(("quantity", "external_id"), (negative.Field, blank.Field));
    }

    [SqliteFact]
    public async Task On_SQLite_a_write_in_its_own_transaction_checks_references_itself_and_leaves_foreign_keys_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ActivityArrangement.CreateAsync(db);

        long during;
        await using (var writer = await ActivityWriter.BeginAsync(db, default))
        {
            during = await ForeignKeysAsync(db);
            // The checks read the people and metrics once: that is only sound because nobody else can
            // change them before commit. The writer holds SQLite's write lock from its first statement.
            await using (var other = new SqliteConnection(database.Settings.ConnectionString))
            {
                await other.OpenAsync();
                await using var delete = other.CreateCommand();
                delete.CommandText = $"DELETE FROM \"Metrics\" WHERE \"Id\" = {a.Demos}";
                delete.CommandTimeout = 1;
                var busy = await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
                Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
            }
            await Assert.ThrowsAsync<DomainRuleException>(() => writer.AddAsync(new(a.Ana + 1000, a.Calls, Monday, 1, "nobody", null), default).AsTask());
            for (var i = 0; i < 60_000; i++)
            {
                await writer.AddAsync(new(i % 2 == 0 ? a.Ana : a.Ben, i % 3 == 0 ? a.Calls : a.Demos, Monday.AddDays(i % 90), 1, $"fk-{i}", null), default);
            }
            await writer.CommitAsync(default);
        }
        await db.Database.OpenConnectionAsync();
        var after = await ForeignKeysAsync(db);
        await using (var abandoned = await ActivityWriter.BeginAsync(db, default))
        {
            await abandoned.AddAsync(new(a.Ana, a.Calls, Monday, 1, "abandoned", null), default);
        }
        var afterRollback = await ForeignKeysAsync(db);
        await using var joined = await db.Database.BeginTransactionAsync();
        await using (var writer = await ActivityWriter.BeginAsync(db, default))
        {
            Assert.Equal(1, await ForeignKeysAsync(db)); // inside the caller's transaction it cannot switch
        }
        var violations = await ScalarAsync(db, "SELECT count(*) FROM pragma_foreign_key_check('ActivityLog')");

        Assert.Equal((0L, 1L, 1L), (during, after, afterRollback));
        Assert.Equal(0L, violations);
        Assert.Equal(60_000, await db.Activities.CountAsync());
    }

    private static Task<long> ForeignKeysAsync(DbContext db) => ScalarAsync(db, "PRAGMA foreign_keys");

    private static async Task<long> ScalarAsync(DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
