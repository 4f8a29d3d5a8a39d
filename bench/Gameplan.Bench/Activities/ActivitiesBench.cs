using Gameplan.Core.Data;

namespace Gameplan.Bench.Activities;

/// <summary>
/// <c>activities STEP [--reps N] [--dir FOLDER] [--pg CONNECTION]</c>: the benchmarks of issue #5
/// (see bench/README.md). Steps share files under the folder (default /tmp/gameplan-bench): the
/// CSV of a scale is generated once; import-sqlite leaves the database that pace reads.
/// </summary>
public static class ActivitiesBench
{
    private const string Usage = """
        usage: activities STEP [--reps N] [--dir FOLDER] [--pg CONNECTION] [--web DLL] [--rounds N] [--db FILE]
          generate         write the CSV (date,person,metric,quantity,external_id)
          seed             a migrated SQLite file with the organisation only (for bench/scripts/sqlite-bulk-database.sh)
          import-sqlite    Gameplan's import into a migrated SQLite file vs sqlite3 .import (keeps the database)
          import-postgres  Gameplan's import into PostgreSQL vs psql \copy (throw-away database; --no-analyze skips ANALYZE after seeding)
          profile          where SQLite import time goes: read + validate only, write only
          pace             team and org-wide totals from the aggregates vs a raw-row SUM (needs import-sqlite)
          funnel           a funnel goal's measured rates (10,000 people) and projection from the aggregates vs raw-row SUMs (needs import-sqlite)
          dashboard        GET of a team's pace page and API under wrk vs /health of the same app (needs import-sqlite)
        --web: a Release build of the web app (default artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll, from the repository root)
        --db: the SQLite file for pace/dashboard (default: the one import-sqlite kept; see bench/scripts/sqlite-bulk-database.sh)
        --rounds: team rounds of the pace step (default 25; fewer at full scale while team reads scan the aggregates)
        --reps: 10000 (default, 12.5M rows) or fewer for a quick run; --pg: a PostgreSQL server (no database)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n{Usage}");
            return 2;
        }
        Report.Line($"Gameplan activities benchmark '{options.Step}': {options.Describe()}; {Report.Machine()}");
        switch (options.Step)
        {
            case "generate": CsvFile.Generate(options); break;
            case "seed": await SeedAsync(options); break;
            case "import-sqlite": await ImportBenchmark.SqliteAsync(options); break;
            case "import-postgres": await ImportBenchmark.PostgresAsync(options); break;
            case "profile": await ImportProfile.RunAsync(options); break;
            case "pace": await PaceBenchmark.RunAsync(options); break;
            case "funnel": await FunnelBenchmark.RunAsync(options); break;
            case "dashboard": await DashboardBenchmark.RunAsync(options); break;
            default:
                Console.WriteLine(Usage);
                return options.Step == "help" ? 0 : 2;
        }
        return 0;
    }

    /// <summary>A fresh migrated database (--db, or gameplan-N.db under --dir) holding only the seeded organisation.</summary>
    private static async Task SeedAsync(BenchOptions options)
    {
        if (File.Exists(options.SqlitePath))
        {
            throw new InvalidOperationException($"{options.SqlitePath} exists: seed only writes a new file.");
        }
        await using var db = GameplanDatabase.Open(DatabaseSettings.Sqlite(options.SqlitePath));
        await OrganizationSeeder.SeedAsync(db, options.Reps);
        Report.Line($"seeded {options.SqlitePath}; fill it with bench/scripts/sqlite-bulk-database.sh {options.SqlitePath} {options.CsvPath}");
    }
}
