using System.Globalization;
using Gameplan.Bench.Activities;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The arguments of <c>instances</c>: the PostgreSQL server to create the throw-away database on
/// (no database named; default the test server, or GAMEPLAN_BENCH_PG), the seconds of each measured
/// phase, the closed-loop clients that find one instance's most, and the built web app.
/// </summary>
public sealed record InstancesOptions(string Postgres, int Seconds, int Clients, string Web)
{
    public const string Usage = """
        usage: instances [--pg CONNECTION] [--seconds N] [--clients N] [--web DLL]
          one instance against two behind nginx on one PostgreSQL database, the same mixed load (issue #16)
          --pg       a PostgreSQL server on this machine, no database (default Host=127.0.0.1;Port=5432;Username=gameplan;Password=gameplan-test-only)
          --seconds  each measured phase (default 20)
          --clients  closed-loop clients finding one instance's throughput (default 8)
          --web      a Release build of the web app (default artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll, from the repository root;
                     build it with 'dotnet build -c Release src/Gameplan.Web')
        """;

    public TimeSpan Phase => TimeSpan.FromSeconds(Seconds);

    /// <summary>Unreported load before each configuration is measured: the JIT's tiered compilation settles in a few seconds.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Clamp(Seconds / 2, 5, 15));

    public static InstancesOptions Parse(string[] args)
    {
        var postgres = Environment.GetEnvironmentVariable("GAMEPLAN_BENCH_PG") ?? BenchOptions.DefaultPostgres;
        var (seconds, clients, web) = (20, 8, "artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll");
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--pg": postgres = value; break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--clients": clients = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--web": web = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (seconds < 1 || clients < 1)
        {
            throw new ArgumentException("--seconds and --clients must be at least 1.");
        }
        if (!File.Exists(web))
        {
            throw new ArgumentException($"{web} is missing: run 'dotnet build -c Release src/Gameplan.Web' from the repository root first, or pass --web PATH/Gameplan.Web.dll.");
        }
        return new InstancesOptions(postgres, seconds, clients, web);
    }
}
