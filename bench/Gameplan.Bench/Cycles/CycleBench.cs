using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Gameplan.Bench.Activities;
using Gameplan.Core.Alignment;
using Gameplan.Core.Cycles;
using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Cycles;

/// <summary>
/// The planning cycle's two pages for 500 reps and 60 plans (issue #12, target under 200 ms each): the server
/// time of the cycle page's data (<see cref="CycleQueries.BoardAsync"/>) and of the alignment tree
/// (<see cref="AlignmentQueries.TreeAsync"/>) as an executive, who sees everything, each call on a new context
/// as a request has, against two baselines in the same interleaved rounds: the plan list
/// (<see cref="PlanQueries.ListVisibleAsync"/>) and loading one plan (<see cref="PlanQueries.GetAsync"/>).
/// With <c>--http</c>, also the rendered pages over HTTP (<see cref="CyclePagesBenchmark"/>). The database is
/// built by <see cref="CycleSeeder"/> in a temporary file and deleted afterwards. Results: bench/README.md.
/// </summary>
internal static class CycleBench
{
    private const double TargetMs = 200;
    private const int Repeat = 3;

    public static async Task RunAsync(string[] args)
    {
        var rounds = 15;
        var http = false;
        var web = "artifacts/bin/Gameplan.Web/release/Gameplan.Web.dll";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--http": http = true; break;
                case "--web": web = args[++i]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}: use cycle [--rounds N] [--http [--web PATH/Gameplan.Web.dll]].");
            }
        }
        Console.WriteLine($"Gameplan cycle benchmark: {Report.Machine()}, server GC {System.Runtime.GCSettings.IsServerGC}, {rounds} rounds of {Repeat} calls (median)");
        var path = Path.Combine(Path.GetTempPath(), $"gameplan-bench-cycle-{Environment.ProcessId}.db");
        var settings = DatabaseSettings.Sqlite(path);
        try
        {
            var clock = Stopwatch.StartNew();
            var seeded = await CycleSeeder.SeedAsync(settings, DateOnly.FromDateTime(DateTime.UtcNow));
            var seconds = clock.Elapsed.TotalSeconds;
            var described = await DescribeAsync(settings, seeded);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded through Core in {seconds:N1} s: {described}"));
            await MeasureAsync(settings, seeded, rounds);
            if (http)
            {
                SqliteConnection.ClearAllPools();
                await CyclePagesBenchmark.RunAsync(settings, path, web, seeded);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static async Task MeasureAsync(DatabaseSettings settings, CycleSeeder.Seeded seeded, int rounds)
    {
        Actor executive, manager;
        await using (var db = Open(settings, seeded))
        {
            var tree = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentTeamId);
            var team = await db.People.Where(p => p.Id == seeded.Manager).Select(p => p.TeamId).SingleAsync();
            (executive, manager) = (Actor.For(seeded.Executive, PersonRole.Executive, null, tree), Actor.For(seeded.Manager, PersonRole.Manager, team, tree));
        }
        async Task<OperationSample> Call(Func<GameplanDbContext, Task<int>> work) => await OperationSample.OfAsync(Repeat, async () =>
        {
            await using var db = Open(settings, seeded);
            return await work(db);
        });
        var measures = new (string Name, Func<Task<OperationSample>> Run)[]
        {
            ("plan list, executive (PlanQueries.ListVisibleAsync; baseline)", () => Call(async db => (await new PlanQueries(db).ListVisibleAsync(executive)).Count)),
            ("one plan, the organisation's (PlanQueries.GetAsync; baseline)", () => Call(async db => (await new PlanQueries(db).GetAsync(seeded.OrganizationPlan)).Goals.Count)),
            ("cycle page data, executive (CycleQueries.BoardAsync)", () => Call(async db => (await new CycleQueries(db, TimeProvider.System).BoardAsync(seeded.Cycle, executive)).Teams.Count)),
            ("alignment tree, executive (AlignmentQueries.TreeAsync)", () => Call(async db => Count(await new AlignmentQueries(db, TimeProvider.System).TreeAsync(executive)))),
            ("cycle page data, a manager (one team)", () => Call(async db => (await new CycleQueries(db, TimeProvider.System).BoardAsync(seeded.Cycle, manager)).Teams.Count)),
            ("alignment tree, a manager", () => Call(async db => Count(await new AlignmentQueries(db, TimeProvider.System).TreeAsync(manager)))),
        };
        var samples = await OperationSample.RoundsAsync(measures, rounds);
        for (var i = 0; i < measures.Length; i++)
        {
            OperationSample.Print(measures[i].Name, samples[i]);
        }
        OperationSample.Ratio("cycle page data / plan list", samples[2], samples[0], TargetMs);
        OperationSample.Ratio("cycle page data / one plan", samples[2], samples[1], TargetMs);
        OperationSample.Ratio("alignment tree / plan list", samples[3], samples[0], TargetMs);
        OperationSample.Ratio("alignment tree / one plan", samples[3], samples[1], TargetMs);
        Console.WriteLine($"load {Measurement.Load()} at the end");
    }

    private static GameplanDbContext Open(DatabaseSettings settings, CycleSeeder.Seeded seeded)
    {
        var db = GameplanDatabase.Open(settings);
        db.OrganizationScope = seeded.Organization;
        return db;
    }

    /// <summary>What the seed made, as the cycle page and the tree see it, so a run shows it measured the intended shape.</summary>
    private static async Task<string> DescribeAsync(DatabaseSettings settings, CycleSeeder.Seeded seeded)
    {
        await using var db = Open(settings, seeded);
        var board = await new CycleQueries(db, TimeProvider.System).BoardAsync(seeded.Cycle, null);
        var tree = await new AlignmentQueries(db, TimeProvider.System).TreeAsync(null);
        var counts = string.Join(", ", board.Counts.Select(c => $"{c.Value} {c.Key}"));
        var (people, plans, versions) = (await db.People.CountAsync(), await db.Plans.CountAsync(), await db.PlanVersions.CountAsync());
        return string.Create(CultureInfo.InvariantCulture,
            $"{people} people in {board.Teams.Count} teams, {plans} plans, {versions} versions; cycle lines: {counts}; "
            + $"alignment: {tree.Count} root(s), {Count(tree)} nodes; the organisation plan's coverage: {string.Join(", ", board.OrganizationCoverage.Select(c => $"{c.Goal} {c.Covered:N0}/{c.Target:N0}"))}; "
            + $"digests (equal before and after a change to the queries: same answers) board {Digest(board with { Cycle = board.Cycle with { Id = 0 } })}, tree {Digest(tree)}");
    }

    /// <summary>A short hash of the answer as JSON; the plans' ids and dates are the same in every run of a day.</summary>
    private static string Digest<T>(T answer) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(answer)))[..12];

    private static int Count(IEnumerable<AlignmentNode> nodes) => nodes.Sum(n => 1 + Count(n.Children));
}
