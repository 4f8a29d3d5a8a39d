using System.Globalization;
using System.Net.Sockets;
using Gameplan.Bench.Activities;
using Npgsql;

namespace Gameplan.Bench.Instances;

/// <summary>
/// <c>instances</c>: one Gameplan instance against two behind nginx on one PostgreSQL database,
/// under the same mixed load (<see cref="MixedLoad"/>), in one run (issue #16; bench/README.md).
/// Both instances start and are warmed up alike; then one instance's most is found (closed loop,
/// direct) and, at half of it, open loop, in rounds of alternating order: (a) one instance direct,
/// (b) one instance behind nginx, (c) two instances behind nginx. For each: requests/s, p50/p99,
/// the CPU per request of the app instances, nginx and PostgreSQL (from /proc), and the database's
/// share; <c>/health</c>'s CPU per request for scale; each kind of request alone (where the time
/// goes); the CPU of idle instances. On two cores two instances cannot add throughput: what must
/// hold is that the CPU per request does not grow with them.
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
        Report.Line($"Gameplan instances benchmark: {options.Seconds} s a phase, {options.Rounds} rounds, {options.Clients} closed-loop clients; {Report.Machine()}");
        PostgresDatabase database;
        try
        {
            database = await CreateDatabaseAsync(options.Postgres);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        await using var dropped = database;
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
        using var one = await AppInstance.StartAsync("one", options.Web, app);
        // The second starts on the schema and data-protection keys the first one left in the database.
        using var two = await AppInstance.StartAsync("two", options.Web, app);
        foreach (var instance in new[] { one, two })
        {
            await WarmUpAsync(instance, seeded, new ServerCpu([instance], null, postgres), options);
        }
        var direct = new ServerCpu([one], null, postgres);
        var results = new List<PhaseResult> { await HealthAsync(one, direct, options) };

        double rate;
        using (var load = await MixedLoad.StartAsync(one.Address, seeded))
        {
            var most = await PhaseAsync("one instance, direct: its most", $"closed, {options.Clients} clients", direct, () => LoadRunner.ClosedAsync(load.SendAsync, options.Clients, options.Phase));
            results.Add(most);
            rate = Math.Round(most.Run.Rate / 2, 1);
            Report.Line(string.Create(CultureInfo.InvariantCulture, $"one instance's most: {most.Run.Rate:N1} req/s; the open-loop phases run at half: {rate:N1} req/s"));
            await EachKindAsync(load, direct, options);
        }

        using var nginxOne = new NginxRoundRobin([one]);
        using var nginxTwo = new NginxRoundRobin([one, two]);
        var configurations = new (string Name, Uri Address, ServerCpu Servers)[]
        {
            ("(a) one instance, direct", one.Address, direct),
            ("(b) one instance behind nginx", nginxOne.Address, direct with { Nginx = nginxOne }),
            ("(c) two instances behind nginx", nginxTwo.Address, new ServerCpu([one, two], nginxTwo, postgres)),
        };
        for (var round = 0; round < options.Rounds; round++)
        {
            // a, b, c then c, b, a: a drift of the shared machine's load over the run falls on every configuration alike.
            foreach (var (name, address, servers) in round % 2 == 0 ? configurations : Enumerable.Reverse(configurations))
            {
                using var load = await MixedLoad.StartAsync(address, seeded);
                // A few unreported seconds through the same path: connections opened, the proxy's keep-alive pool filled.
                await LoadRunner.ClosedAsync(load.SendAsync, options.Clients, TimeSpan.FromSeconds(5));
                results.Add(await PhaseAsync(name, string.Create(CultureInfo.InvariantCulture, $"open, {rate:N1} req/s"), servers,
                    () => LoadRunner.OpenAsync(load.SendAsync, rate, options.Phase)));
            }
        }
        await IdleAsync("two instances", configurations[2].Servers);
        return results;
    }

    /// <summary>A new instance's first requests of the mix, closed loop, in steps whose app CPU per request shows the JIT settling.</summary>
    private static async Task WarmUpAsync(AppInstance instance, InstancesSeeder.Seeded seeded, ServerCpu servers, InstancesOptions options)
    {
        const int Step = 200;
        using var load = await MixedLoad.StartAsync(instance.Address, seeded);
        var steps = new List<string>();
        for (var first = 0; first < InstancesOptions.WarmUpRequests; first += Step)
        {
            var start = servers.Read();
            var run = await LoadRunner.ClosedAsync(load.SendAsync, options.Clients, TimeSpan.FromMinutes(5), Step, first);
            var spent = ServerCpu.Spent.Between(start, servers.Read());
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"{spent.App.TotalMilliseconds / Math.Max(1, run.Completed):N1}"));
        }
        Report.Line($"instance {instance.Name} warmed up: app CPU ms/req of its first {InstancesOptions.WarmUpRequests} requests, {Step} at a time: {string.Join(", ", steps)}; load {Measurement.Load()}");
    }

    /// <summary><c>/health</c> on one instance, closed loop: the least a request costs, for scale.</summary>
    private static async Task<PhaseResult> HealthAsync(AppInstance one, ServerCpu direct, InstancesOptions options)
    {
        using var health = new HttpClient { BaseAddress = one.Address };
        LoadRunner.Send send = async (_, ct) =>
        {
            using var response = await health.GetAsync("/health", ct);
            return new MixedLoad.Outcome(response.IsSuccessStatusCode, one.Name);
        };
        await LoadRunner.ClosedAsync(send, options.Clients, TimeSpan.FromSeconds(5));
        return await PhaseAsync("/health (scale), one instance", $"closed, {options.Clients} clients", direct, () => LoadRunner.ClosedAsync(send, options.Clients, options.Phase));
    }

    /// <summary>
    /// Where the time goes: each kind of request of the mix alone, one client, on one instance directly, with its app
    /// and database CPU per request.
    /// </summary>
    private static async Task EachKindAsync(MixedLoad load, ServerCpu servers, InstancesOptions options)
    {
        var seconds = TimeSpan.FromSeconds(Math.Max(5, options.Seconds / 3));
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
        const int Seconds = 10;
        var start = servers.Read();
        await Task.Delay(TimeSpan.FromSeconds(Seconds));
        var spent = ServerCpu.Spent.Between(start, servers.Read());
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"idle, {what}, {Seconds} s without requests: app {string.Join(" + ", spent.Apps.Values.Select(a => (a.TotalMilliseconds / Seconds).ToString("N1", CultureInfo.InvariantCulture)))} ms CPU/s, "
            + $"nginx {spent.Nginx.TotalMilliseconds / Seconds:N1}, PostgreSQL {spent.Postgres.TotalMilliseconds / Seconds:N1}; "
            + $"the pools hold {servers.Postgres.Read().Backends.Count} connections (backends of the database); load {Measurement.Load()}"));
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

    /// <summary>
    /// The ratios the issue asks for, from the median of each configuration's rounds: CPU per request with two instances
    /// over one, the latency at half of one instance's most, the database's share.
    /// </summary>
    private static void Summarize(List<PhaseResult> results)
    {
        var health = results[0];
        double Median(string prefix, Func<PhaseResult, double> figure)
        {
            var values = results.Where(r => r.Configuration.StartsWith(prefix, StringComparison.Ordinal)).Select(figure).Order().ToList();
            return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        }
        Report.Line("");
        Report.Line("| median of the rounds | req/s | p50 ms | p99 ms | app CPU ms/req | PostgreSQL CPU ms/req | server CPU ms/req | DB share |");
        Report.Line("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in new[] { "(a)", "(b)", "(c)" })
        {
            Report.Line(string.Create(CultureInfo.InvariantCulture,
                $"| {results.First(r => r.Configuration.StartsWith(c, StringComparison.Ordinal)).Configuration} | {Median(c, r => r.Run.Rate):N1} | {Median(c, r => r.Run.Percentile(0.5)):N1} | {Median(c, r => r.Run.Percentile(0.99)):N1} | "
                + $"{Median(c, r => r.PerRequest(r.Cpu.App)):N2} | {Median(c, r => r.PerRequest(r.Cpu.Postgres)):N2} | **{Median(c, r => r.PerRequest(r.Cpu.Server)):N2}** | {Median(c, r => r.Cpu.DatabaseShare):P0} |"));
        }
        double Server(string c) => Median(c, r => r.PerRequest(r.Cpu.Server));
        double App(string c) => Median(c, r => r.PerRequest(r.Cpu.App));
        Report.Line("");
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"server CPU per request, two instances / one (both behind nginx): {Server("(c)") / Server("(b)"):N2} (target <= 1.1: it does not grow); "
            + $"app CPU alone {App("(c)") / App("(b)"):N2}; two behind nginx / one direct {Server("(c)") / Server("(a)"):N2}"));
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"app CPU per mixed request / per /health request: {App("(a)") / health.PerRequest(health.Cpu.App):N0}x (a), {App("(c)") / health.PerRequest(health.Cpu.App):N0}x (c); load {Measurement.Load()}"));
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
