using System.Globalization;
using CsvHelper;
using Gameplan.Core.Activities;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Splits the SQLite import into its halves, each timed alone on the same file and scale:
/// CsvHelper reading the fields; reading + validation + person/metric lookups (the web preview,
/// which stores nothing); the <see cref="ActivityWriter"/> alone with rows built in memory; and the
/// writer's INSERT alone (same pragmas, indexes and prepared statement, no aggregates).
/// </summary>
public static class ImportProfile
{
    public static async Task RunAsync(BenchOptions options)
    {
        var csv = CsvFile.Ensure(options);
        var path = Path.Combine(options.Folder, $"profile-{options.Reps}.db");
        var settings = await FreshAsync(path, options.Reps);

        Report.Rate("CsvHelper: read 5 fields per row", options.Rows, await Measurement.OfAsync(() => ParseOnlyAsync(csv)));
        await using (var db = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.ScopeAsync(db);
            Report.Rate("read + validate + lookups (PreviewCsvAsync)", options.Rows, await Measurement.OfAsync(async () =>
            {
                await using var input = File.OpenRead(csv);
                await new ActivityImportQueries(db, TimeProvider.System).PreviewCsvAsync(input, new ActivityImportOptions { Today = ImportBenchmark.Today });
            }));
        }
        await using (var db = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.ScopeAsync(db);
            var rows = Rows(db);
            Report.Rate("ActivityWriter alone (log + aggregates)", options.Rows, await Measurement.OfAsync(async () =>
            {
                await using var writer = await ActivityWriter.BeginAsync(db, default);
                foreach (var row in rows)
                {
                    await writer.AddAsync(row, default);
                }
                await writer.CommitAsync(default);
            }));
        }
        settings = await FreshAsync(path, options.Reps);
        Report.Rate("INSERT OR IGNORE alone (no aggregates)", options.Rows, await Measurement.OfAsync(() => InsertOnly(settings)));
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    private static async Task<DatabaseSettings> FreshAsync(string path, int reps)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
        var settings = DatabaseSettings.Sqlite(path);
        await using var db = GameplanDatabase.Open(settings);
        await OrganizationSeeder.SeedAsync(db, reps);
        return settings;
    }

    private static async Task ParseOnlyAsync(string csv)
    {
        await using var input = File.OpenRead(csv);
        var options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true, TrimWhitespace = true, PoolStrings = true, FormatProvider = CultureInfo.InvariantCulture };
        await using var reader = CsvReader.Create(input, options, leaveOpen: true);
        await reader.ReadHeaderAsync();
        long length = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                length += reader.GetString(i).Length;
            }
        }
        GC.KeepAlive(length);
    }

    /// <summary>The CSV's rows as the import hands them to the writer (person and metric ids in seeding order).</summary>
    /// <summary>Built lazily (costs ~0.1 us a row, counted in the writer's time) so 12.5M rows need no memory.</summary>
    private static IEnumerable<NewActivity> Rows(GameplanDbContext db)
    {
        var people = db.People.OrderBy(p => p.Handle).Select(p => p.Id).ToList();
        var metrics = ActivityCsvGenerator.Metrics.Select(m => db.Metrics.Single(x => x.Name == m.Name).Id).ToList();
        return Rows(people, metrics);
    }

    private static IEnumerable<NewActivity> Rows(List<int> people, List<int> metrics)
    {
        long index = 0;
        for (var day = 0; day < ActivityCsvGenerator.WorkingDays; day++)
        {
            for (var rep = 0; rep < people.Count; rep++)
            {
                for (var metric = 0; metric < metrics.Count; metric++, index++)
                {
                    yield return new NewActivity(people[rep], metrics[metric], ActivityCsvGenerator.Days[day], ActivityCsvGenerator.Quantity(rep, day, metric),
                        string.Create(CultureInfo.InvariantCulture, $"a{index}"), null);
                }
            }
        }
    }

    private static Task InsertOnly(DatabaseSettings settings)
    {
        using var db = GameplanDatabase.Open(settings);
        db.UseAllOrganizations();
        var organization = db.Organizations.Select(o => o.Id).Single();
        db.OrganizationScope = organization;
        var rows = Rows(db);
        db.Database.OpenConnection();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var transaction = connection.BeginTransaction();
        using (var cache = connection.CreateCommand())
        {
            cache.CommandText = "PRAGMA cache_size = -131072";
            cache.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT OR IGNORE INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
            VALUES ($organization, $person, $metric, $date, $quantity, $externalId, NULL)
            """;
        insert.Parameters.AddWithValue("$organization", organization);
        var person = insert.Parameters.Add("$person", SqliteType.Integer);
        var metric = insert.Parameters.Add("$metric", SqliteType.Integer);
        var date = insert.Parameters.Add("$date", SqliteType.Integer);
        var quantity = insert.Parameters.Add("$quantity", SqliteType.Real);
        var externalId = insert.Parameters.Add("$externalId", SqliteType.Text);
        insert.Prepare();
        foreach (var row in rows)
        {
            person.Value = row.PersonId;
            metric.Value = row.MetricId;
            date.Value = row.Date.DayNumber;
            quantity.Value = (double)row.Quantity;
            externalId.Value = row.ExternalId;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return Task.CompletedTask;
    }
}
