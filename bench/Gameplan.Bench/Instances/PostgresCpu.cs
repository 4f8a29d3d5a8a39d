using Npgsql;

namespace Gameplan.Bench.Instances;

/// <summary>
/// The CPU time of the PostgreSQL cluster that serves the benchmark's database, from /proc: the
/// postmaster (with the backends that exited, which it reaps) and every process it started
/// (backends, WAL writer, checkpointer, autovacuum...), and the part of it spent by the backends
/// connected to the benchmark's own database. The server must run on this machine.
/// </summary>
public sealed class PostgresCpu
{
    private readonly int _postmaster;
    private readonly string _database;

    private PostgresCpu(int postmaster, string database) => (_postmaster, _database) = (postmaster, database);

    /// <summary>CPU so far: the whole cluster, and the backends of the benchmark's database per process id.</summary>
    public sealed record Sample(TimeSpan Cluster, IReadOnlyDictionary<int, TimeSpan> Backends)
    {
        /// <summary>The backends' CPU between two samples; one that exited in between takes its last reading with it (the cluster total keeps it).</summary>
        public TimeSpan BackendsSince(Sample start) =>
            Backends.Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Value - start.Backends.GetValueOrDefault(b.Key));
    }

    /// <summary>Finds the postmaster as the parent of a backend this connection string gets.</summary>
    public static async Task<PostgresCpu> FindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var postmaster = ProcessCpu.Named("postgres").Where(p => p.Pid == backend).Select(p => (int?)p.Parent).SingleOrDefault()
            ?? throw new InvalidOperationException(
                $"PostgreSQL backend {backend} is not a process of this machine: the benchmark reads the database's CPU from /proc, so --pg must name a server on this machine.");
        return new PostgresCpu(postmaster, connection.Database);
    }

    public Sample Read()
    {
        var cluster = ProcessCpu.Of(_postmaster, withExitedChildren: true);
        var backends = new Dictionary<int, TimeSpan>();
        foreach (var (pid, _) in ProcessCpu.Named("postgres").Where(p => p.Parent == _postmaster))
        {
            var cpu = ProcessCpu.Of(pid);
            cluster += cpu;
            // A backend's title: "postgres: 15/main: USER DATABASE 127.0.0.1(PORT) STATE".
            if (ProcessCpu.CommandLine(pid).Contains($" {_database} ", StringComparison.Ordinal))
            {
                backends[pid] = cpu;
            }
        }
        return new Sample(cluster, backends);
    }
}
