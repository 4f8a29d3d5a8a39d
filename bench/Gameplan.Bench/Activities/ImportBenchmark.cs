using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// CSV import through Gameplan's own path (<see cref="ActivityImportCommands.ImportCsvAsync"/>, as
/// <c>gameplan import activities</c>) against the database's own bulk loader of the same file into
/// a bare table (no indexes, no constraints). The baseline runs before and after the import and
/// the ratio uses their mean, so a change in the machine's load during the run shows as a gap
/// between the two baselines instead of hiding in the ratio.
/// </summary>
public static class ImportBenchmark
{
    /// <summary>The day after the last generated day: every row is in the past.</summary>
    public static readonly DateOnly Today = ActivityCsvGenerator.Days[^1].AddDays(1);

    public const string BareTable = "CREATE TABLE bare (date TEXT, person TEXT, metric TEXT, quantity REAL, external_id TEXT)";

    public static async Task SqliteAsync(BenchOptions options)
    {
        if (options.Database is not null)
        {
            throw new ArgumentException("--db is for pace and dashboard: import-sqlite always starts a fresh gameplan-N.db under --dir.");
        }
        var csv = CsvFile.Ensure(options);
        var barePath = Path.Combine(options.Folder, $"bare-{options.Reps}.db");
        Measurement Baseline(string when)
        {
            DeleteSqlite(barePath);
            // sqlite3's defaults (rollback journal, synchronous=FULL), one transaction for the file.
            var m = ExternalTool.Run("sqlite3", [barePath], $"{BareTable};\n.import --csv --skip 1 {csv} bare\n");
            Report.Rate($"sqlite3 .import, bare table ({when})", options.Rows, m);
            DeleteSqlite(barePath);
            return m;
        }
        var before = Baseline("baseline before");

        DeleteSqlite(options.SqlitePath);
        var settings = DatabaseSettings.Sqlite(options.SqlitePath);
        await using (var seed = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.SeedAsync(seed, options.Reps);
        }
        var (import, close) = await ImportAsync(settings, options);
        Report.Rate("Gameplan ImportCsvAsync (SQLite, WAL)", options.Rows, import);
        Report.Rate("  + closing (WAL checkpoint into the file)", options.Rows, import + close);
        var after = Baseline("baseline after");
        var baseline = Mean(before, after);
        Report.Ratio("import rate / sqlite3 .import rate", import, baseline, ">= 0.5");
        Report.Ratio("  counting the checkpoint", import + close, baseline, ">= 0.5");
        Report.Line($"database kept for the pace step: {options.SqlitePath} ({new FileInfo(options.SqlitePath).Length / 1e6:N0} MB)");
    }

    public static async Task PostgresAsync(BenchOptions options)
    {
        var csv = CsvFile.Ensure(options);
        await using var database = await PostgresDatabase.CreateAsync(options.Postgres, "gameplan_bench_import");
        Measurement Baseline(string when)
        {
            ExternalTool.Run("psql", database.Psql(BareTable), null, database.Environment);
            var m = ExternalTool.Run("psql", database.Psql($"\\copy bare FROM '{csv}' WITH (FORMAT csv, HEADER true)"), null, database.Environment);
            Report.Rate($"psql \\copy, bare table ({when})", options.Rows, m);
            ExternalTool.Run("psql", database.Psql("DROP TABLE bare"), null, database.Environment);
            return m;
        }
        var before = Baseline("baseline before");

        var settings = DatabaseSettings.Postgres(database.ConnectionString);
        await using (var seed = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.SeedAsync(seed, options.Reps);
            // Without statistics on the just-seeded People the planner checks the log's composite
            // foreign key through the (OrganizationId, Handle) index, scanning every person for each
            // row (see bench/README.md); autovacuum would analyse within a minute or so, so do it now.
            if (!options.NoAnalyze)
            {
                await seed.Database.ExecuteSqlRawAsync("ANALYZE \"People\", \"Metrics\", \"Organizations\"");
            }
        }
        var (import, _) = await ImportAsync(settings, options);
        Report.Rate($"Gameplan ImportCsvAsync (PostgreSQL, COPY{(options.NoAnalyze ? ", no ANALYZE" : "")})", options.Rows, import);
        var after = Baseline("baseline after");
        // psql's CPU time leaves out the server's work (and ours includes only the client's): wall clock only.
        Report.WallRatio("import rate / psql \\copy rate (wall clock)", import, Mean(before, after), ">= 0.5");
    }

    private static Measurement Mean(Measurement a, Measurement b) => new((a.Wall + b.Wall) / 2, (a.Cpu + b.Cpu) / 2);

    /// <summary>Times the import as the CLI runs it (open, scope, import, commit) and then the close apart.</summary>
    private static async Task<(Measurement Import, Measurement Close)> ImportAsync(DatabaseSettings settings, BenchOptions options)
    {
        var db = GameplanDatabase.Open(settings);
        ActivityImportSummary? summary = null;
        var import = await Measurement.OfAsync(async () =>
        {
            await OrganizationSeeder.ScopeAsync(db);
            await using var csv = new FileStream(options.CsvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
            summary = await new ActivityImportCommands(db, TimeProvider.System).ImportCsvAsync(csv, new ActivityImportOptions { Today = Today });
        });
        var close = await Measurement.OfAsync(async () =>
        {
            await db.DisposeAsync();
            SqliteConnection.ClearAllPools();
        });
        if (summary!.Imported != options.Rows || summary.InvalidRows != 0)
        {
            throw new InvalidOperationException($"Imported {summary.Imported} of {options.Rows} rows, {summary.InvalidRows} invalid: {string.Join("; ", summary.Invalid.Take(3))}");
        }
        return (import, close);
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
