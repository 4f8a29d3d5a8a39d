using System.Diagnostics;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The processes a configuration runs on (its app instances, nginx if any, the PostgreSQL cluster)
/// and the benchmark's own process, whose CPU is read before and after a phase.
/// </summary>
public sealed record ServerCpu(IReadOnlyList<AppInstance> Apps, NginxRoundRobin? Nginx, PostgresCpu Postgres)
{
    public Sample Read() => new(
        Apps.ToDictionary(a => a.Name, a => a.Cpu()),
        Nginx?.Cpu() ?? TimeSpan.Zero,
        Postgres.Read(),
        Process.GetCurrentProcess().TotalProcessorTime);

    public sealed record Sample(IReadOnlyDictionary<string, TimeSpan> Apps, TimeSpan Nginx, PostgresCpu.Sample Postgres, TimeSpan Client);

    /// <summary>CPU spent between two samples, by whom (<see cref="Apps"/> by instance name).</summary>
    public sealed record Spent(IReadOnlyDictionary<string, TimeSpan> Apps, TimeSpan Nginx, TimeSpan Postgres, TimeSpan PostgresBackends, TimeSpan Client)
    {
        public static Spent Between(Sample start, Sample end) => new(
            end.Apps.ToDictionary(a => a.Key, a => a.Value - start.Apps[a.Key]),
            end.Nginx - start.Nginx,
            end.Postgres.Cluster - start.Postgres.Cluster,
            end.Postgres.BackendsSince(start.Postgres),
            end.Client - start.Client);

        /// <summary>All the app instances together.</summary>
        public TimeSpan App => Apps.Values.Aggregate(TimeSpan.Zero, (sum, a) => sum + a);

        /// <summary>The server side: the app instances, the proxy and the database.</summary>
        public TimeSpan Server => App + Nginx + Postgres;

        /// <summary>The database's share of the app's and the database's CPU (the proxy left out: it is the same work for one instance or many).</summary>
        public double DatabaseShare => Postgres / (App + Postgres);
    }
}
