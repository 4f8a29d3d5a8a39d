using System.Globalization;

namespace Gameplan.Bench.Activities;

/// <summary>
/// The arguments of <c>activities STEP</c>: the scale (reps; 250 working days and 5 metrics are
/// fixed by issue #5), where generated files live (never in the repository) and the PostgreSQL
/// server that the import step may create a throw-away database on, and the web app to load.
/// </summary>
public sealed record BenchOptions(string Step, int Reps, string Folder, string Postgres, string Web, bool NoAnalyze, int Rounds, string? Database = null)
{
    public const int TeamSize = 50;

    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=gameplan;Password=gameplan-test-only";

    public int Teams => (Reps + TeamSize - 1) / TeamSize;

    public long Rows => (long)Reps * ActivityCsvGenerator.WorkingDays * ActivityCsvGenerator.Metrics.Length;

    /// <summary>One CSV and one SQLite database per scale, so a quick run never overwrites the full one.</summary>
    public string CsvPath => Path.Combine(Folder, $"activities-{Reps}.csv");

    /// <summary>The database import-sqlite writes and pace/dashboard read; <c>--db</c> points pace/dashboard elsewhere.</summary>
    public string SqlitePath => Database ?? Path.Combine(Folder, $"gameplan-{Reps}.db");

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Reps:N0} reps in {Teams:N0} teams x {ActivityCsvGenerator.WorkingDays} working days x {ActivityCsvGenerator.Metrics.Length} metrics = {Rows:N0} rows");

    public static BenchOptions Parse(string[] args)
    {
        var named = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal);
        var step = named ? args[0] : "help";
        var reps = 10_000;
        var folder = Path.Combine(Path.GetTempPath(), "gameplan-bench");
        var postgres = Environment.GetEnvironmentVariable("GAMEPLAN_BENCH_PG") ?? DefaultPostgres;
        var web = "artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll";
        var noAnalyze = false;
        var rounds = 25;
        string? database = null;
        for (var i = named ? 1 : 0; i < args.Length; i++)
        {
            if (args[i] == "--no-analyze")
            {
                noAnalyze = true;
                continue;
            }
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--reps": reps = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--dir": folder = value; break;
                case "--pg": postgres = value; break;
                case "--web": web = value; break;
                case "--db": database = value; break;
                case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
            i++;
        }
        if (reps < 1 || rounds < 1)
        {
            throw new ArgumentException("--reps and --rounds must be at least 1.");
        }
        return new BenchOptions(step, reps, folder, postgres, web, noAnalyze, rounds, database);
    }
}
