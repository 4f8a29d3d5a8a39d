using System.Globalization;
using Gameplan.Bench.Activities;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The arguments of <c>instances</c>: the PostgreSQL server to create the throw-away database on
/// (no database named; default the test server, or GAMEPLAN_BENCH_PG), the seconds of each measured
/// phase, the closed-loop clients that find one instance's most, the rounds of the three
/// configurations, and the built web app.
/// </summary>
public sealed record InstancesOptions(string Postgres, int Seconds, int Clients, int Rounds, string Web)
{
    public const string Usage = """
        usage: instances [--pg CONNECTION] [--seconds N] [--clients N] [--rounds N] [--web DLL]
          one instance against two behind nginx on one PostgreSQL database, the same mixed load (issue #16)
          --pg       a PostgreSQL server on this machine, no database (default Host=127.0.0.1;Port=5432;Username=gameplan;Password=gameplan-test-only)
          --seconds  each measured phase (default 20)
          --clients  closed-loop clients finding one instance's throughput (default 8)
          --rounds   rounds of the three configurations, in alternating order (default 2)
          --web      a Release build of the web app (default artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll, from the repository root;
                     build it with 'dotnet build -c Release src/Gameplan.Web')
        """;

    public TimeSpan Phase => TimeSpan.FromSeconds(Seconds);

    /// <summary>
    /// Requests of the mix on each new instance before anything is measured, in steps of 200 whose CPU is shown: a
    /// method runs as the JIT's quick first code until it has been called 30 times and the JIT has caught up, and each
    /// kind of request comes 3 times in 20 (a first run, warming up for 20 s, left a new instance at twice the CPU per request).
    /// </summary>
    public const int WarmUpRequests = 1000;

    public static InstancesOptions Parse(string[] args)
    {
        var postgres = Environment.GetEnvironmentVariable("GAMEPLAN_BENCH_PG") ?? BenchOptions.DefaultPostgres;
        var (seconds, clients, rounds, web) = (20, 8, 2, "artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll");
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--pg": postgres = value; break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--clients": clients = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--web": web = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (seconds < 1 || clients < 1 || rounds < 1)
        {
            throw new ArgumentException("--seconds, --clients and --rounds must be at least 1.");
        }
        if (!File.Exists(web))
        {
            throw new ArgumentException($"{web} is missing: run 'dotnet build -c Release src/Gameplan.Web' from the repository root first, or pass --web PATH/Gameplan.Web.dll.");
        }
        return new InstancesOptions(postgres, seconds, clients, rounds, web);
    }
}
