using System.Globalization;
using System.Net.Sockets;
using Gameplan.Bench.Activities;
using Npgsql;

namespace Gameplan.Bench.Instances;

/// <summary>
/// <c>instances</c>: one Gameplan instance against two behind nginx on one PostgreSQL database,
/// under the same mixed load (<see cref="MixedLoad"/>), in one run (issue #16; bench/README.md).
/// First one instance's most (closed loop, direct); then, at half of it, open loop: (a) one instance
/// direct, (b) one instance behind nginx, (c) two instances behind nginx. For each: requests/s,
/// p50/p99, the CPU per request of the app instances, nginx and PostgreSQL (from /proc), and the
/// database's share; and <c>/health</c>'s CPU per request for scale. On two cores two instances
/// cannot add throughput: what must hold is that the CPU per request does not grow with them.
/// </summary>
public static class InstancesBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        InstancesOptions options;
        try
        {
            options = InstancesOptions.Parse(args);
            if (!File.Exists(NginxRoundRobin.ExecutablePath))
            {
                throw new ArgumentException($"{NginxRoundRobin.ExecutablePath} is missing: install Debian's nginx (apt-get install -y nginx), as .ci/run does.");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n{InstancesOptions.Usage}");
            return 2;
        }
        Report.Line($"Gameplan instances benchmark: {options.Seconds} s a phase, {options.Clients} closed-loop clients; {Report.Machine()}");
        await using var database = await CreateDatabaseAsync(options.Postgres);
        var results = await MeasureAsync(options, database);
        Report.Line("");
        Report.Line(PhaseResult.Header);
        results.ForEach(r => Report.Line(r.Row()));
        Summarize(results);
        return 0;
    }

    private static async Task<List<PhaseResult>> MeasureAsync(InstancesOptions options, PostgresDatabase database)
    {
        var seeded = await InstancesSeeder.SeedAsync(database.ConnectionString);
        var postgres = await PostgresCpu.FindAsync(database.ConnectionString);
        Report.Line($"database {new NpgsqlConnectionStringBuilder(database.ConnectionString).Database}: the demo organisation (10 people, 1 plan), {seeded.Activities:N0} activity rows; "
            + $"PostgreSQL max_connections {await ScalarAsync(database, "SHOW max_connections")}, each instance's pool Npgsql's default (at most 100 connections)");
        // The app's own connection string: the throw-away database, the default pool, a normal command timeout.
        var app = new NpgsqlConnectionStringBuilder(database.ConnectionString) { CommandTimeout = 30 }.ConnectionString;
        var results = new List<PhaseResult>();
        using var one = await AppInstance.StartAsync("one", options.Web, app);
        var direct = new ServerCpu([one], null, postgres);

        using (var health = new HttpClient { BaseAddress = one.Address })
        {
            LoadRunner.Send send = async (_, ct) =>
            {
                using var response = await health.GetAsync("/health", ct);
                return new MixedLoad.Outcome(response.IsSuccessStatusCode, one.Name);
            };
            await LoadRunner.ClosedAsync(send, options.Clients, options.WarmUp);
            results.Add(await PhaseAsync("/health (scale), one instance", $"closed, {options.Clients} clients", direct, () => LoadRunner.ClosedAsync(send, options.Clients, options.Phase)));
        }

        double rate;
        using (var load = await MixedLoad.StartAsync(one.Address, seeded))
        {
            await LoadRunner.ClosedAsync(load.SendAsync, options.Clients, options.WarmUp);
            var most = await PhaseAsync("one instance, direct: its most", $"closed, {options.Clients} clients", direct, () => LoadRunner.ClosedAsync(load.SendAsync, options.Clients, options.Phase));
            results.Add(most);
            rate = Math.Round(most.Run.Rate / 2, 1);
            Report.Line(string.Create(CultureInfo.InvariantCulture, $"one instance's most: {most.Run.Rate:N1} req/s; the open-loop phases run at half: {rate:N1} req/s"));
            results.Add(await OpenPhaseAsync("(a) one instance, direct", load, rate, direct, options));
            await EachKindAsync(load, direct, options);
        }
        await IdleAsync("one instance", direct);
        using (var nginx = new NginxRoundRobin([one]))
        using (var load = await MixedLoad.StartAsync(nginx.Address, seeded))
        {
            results.Add(await OpenPhaseAsync("(b) one instance behind nginx", load, rate, direct with { Nginx = nginx }, options));
        }
        // The second instance starts on the schema and data-protection keys the first one left in the database.
        using var two = await AppInstance.StartAsync("two", options.Web, app);
        using (var nginx = new NginxRoundRobin([one, two]))
        using (var load = await MixedLoad.StartAsync(nginx.Address, seeded))
        {
            var both = new ServerCpu([one, two], nginx, postgres);
            results.Add(await OpenPhaseAsync("(c) two instances behind nginx", load, rate, both, options));
            await IdleAsync("two instances", both);
        }
        return results;
    }

    /// <summary>
    /// Where the time goes: each kind of request of the mix alone, one client, on one instance directly (after the
    /// phases above, so warm), with its app and database CPU per request.
    /// </summary>
    private static async Task EachKindAsync(MixedLoad load, ServerCpu servers, InstancesOptions options)
    {
        var seconds = TimeSpan.FromSeconds(Math.Max(3, options.Seconds / 4));
        var rows = new List<string>();
        foreach (var (slot, what) in load.Kinds())
        {
            var start = servers.Read();
            var run = await LoadRunner.ClosedAsync((n, ct) => load.SendOnlyAsync(slot, n, ct), 1, seconds);
            var phase = new PhaseResult(what, "", run, ServerCpu.Spent.Between(start, servers.Read()));
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {what} | {run.Rate:N1} | {run.Percentile(0.5):N1} | {phase.PerRequest(phase.Cpu.App):N2} | {phase.PerRequest(phase.Cpu.Postgres):N2} | {phase.Cpu.DatabaseShare:P0} | {run.Errors} |"));
        }
        Report.Line("");
        Report.Line("| each request alone, one client, one instance direct | req/s | p50 ms | app CPU ms/req | PostgreSQL CPU ms/req | DB share | errors |");
        Report.Line("|---|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Report.Line);
        Report.Line("");
    }

    /// <summary>What the servers spend with no request at all (timers, leases, the runtime), in ms of CPU a second: a fixed cost per instance.</summary>
    private static async Task IdleAsync(string what, ServerCpu servers)
    {
        var seconds = 10;
        var start = servers.Read();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var spent = ServerCpu.Spent.Between(start, servers.Read());
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"idle, {what}, {seconds} s without requests: app {spent.App.TotalMilliseconds / seconds:N1} ms CPU/s, nginx {spent.Nginx.TotalMilliseconds / seconds:N1}, PostgreSQL {spent.Postgres.TotalMilliseconds / seconds:N1}; load {Measurement.Load()}"));
    }

    /// <summary>An unreported closed-loop warm-up through the same path (a new instance's JIT settles), then the open loop at <paramref name="rate"/>.</summary>
    private static async Task<PhaseResult> OpenPhaseAsync(string configuration, MixedLoad load, double rate, ServerCpu servers, InstancesOptions options)
    {
        await LoadRunner.ClosedAsync(load.SendAsync, options.Clients, options.WarmUp);
        return await PhaseAsync(configuration, string.Create(CultureInfo.InvariantCulture, $"open, {rate:N1} req/s"), servers, () => LoadRunner.OpenAsync(load.SendAsync, rate, options.Phase));
    }

    private static async Task<PhaseResult> PhaseAsync(string configuration, string load, ServerCpu servers, Func<Task<LoadRun>> run)
    {
        var start = servers.Read();
        var result = await run();
        var phase = new PhaseResult(configuration, load, result, ServerCpu.Spent.Between(start, servers.Read()));
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{configuration}, {load}: {result.Rate:N1} req/s, p50 {result.Percentile(0.5):N1} ms, p99 {result.Percentile(0.99):N1} ms, {result.Errors} errors, server CPU {phase.PerRequest(phase.Cpu.Server):N2} ms/req; load {Measurement.Load()}"));
        return phase;
    }

    /// <summary>The ratios the issue asks for: CPU per request with two instances over one, and the latency at half of one instance's most.</summary>
    private static void Summarize(List<PhaseResult> results)
    {
        var (health, a, b, c) = (results[0], results[^3], results[^2], results[^1]);
        Report.Line("");
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"server CPU per request, two instances / one (both behind nginx): {c.PerRequest(c.Cpu.Server) / b.PerRequest(b.Cpu.Server):N2} (target <= 1.1: it does not grow); "
            + $"app CPU alone {c.PerRequest(c.Cpu.App) / b.PerRequest(b.Cpu.App):N2}; two behind nginx / one direct {c.PerRequest(c.Cpu.Server) / a.PerRequest(a.Cpu.Server):N2}"));
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"app CPU per mixed request / per /health request: {a.PerRequest(a.Cpu.App) / health.PerRequest(health.Cpu.App):N0}x (a), {c.PerRequest(c.Cpu.App) / health.PerRequest(health.Cpu.App):N0}x (c)"));
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"database share of app + database CPU: (a) {a.Cpu.DatabaseShare:P0}, (b) {b.Cpu.DatabaseShare:P0}, (c) {c.Cpu.DatabaseShare:P0}; load {Measurement.Load()}"));
    }

    private static async Task<PostgresDatabase> CreateDatabaseAsync(string server)
    {
        var name = "gameplan_bench_instances_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            return await PostgresDatabase.CreateAsync(server, name);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable with '{new NpgsqlConnectionStringBuilder(server) { Password = "***" }}': {e.Message}. "
                + "Start it (pg_ctlcluster 15 main start) and create the role, as bench/README.md says, or pass --pg.", e);
        }
    }

    private static async Task<string> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }
}
