using System.Diagnostics;
using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Bench.Cycles;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Inbox;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Inbox;

/// <summary>
/// A person's inbox (issue #13), read on every page for the navigation's count: <see cref="InboxQueries.ForPersonAsync"/>
/// for the executive (who owns the organisation plan), a manager and a rep of the cycle benchmark's organisation
/// (500 reps, 60 plans, seeded by <see cref="CycleSeeder"/>), each call on a new context as a request has, against
/// the plan list and one plan in the same interleaved rounds. Target: under 100 ms, so the count never drags a page.
/// </summary>
internal static class InboxBench
{
    private const double TargetMs = 100;
    private const int Repeat = 3;

    public static async Task RunAsync(string[] args)
    {
        var rounds = args is ["--rounds", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 15;
        Console.WriteLine($"Gameplan inbox benchmark: {Report.Machine()}, {rounds} rounds of {Repeat} calls (median)");
        var path = Path.Combine(Path.GetTempPath(), $"gameplan-bench-inbox-{Environment.ProcessId}.db");
        var settings = DatabaseSettings.Sqlite(path);
        try
        {
            var clock = Stopwatch.StartNew();
            var seeded = await CycleSeeder.SeedAsync(settings, DateOnly.FromDateTime(DateTime.UtcNow));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded through Core in {clock.Elapsed.TotalSeconds:N1} s"));
            await MeasureAsync(settings, seeded, rounds);
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
        Actor executive;
        int rep;
        await using (var db = Open(settings, seeded))
        {
            var tree = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentTeamId);
            executive = Actor.For(seeded.Executive, PersonRole.Executive, null, tree);
            var team = await db.People.Where(p => p.Id == seeded.Manager).Select(p => p.TeamId).SingleAsync();
            rep = await db.People.Where(p => p.Role == PersonRole.Rep && p.TeamId == team).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            foreach (var (who, id) in new[] { ("executive", seeded.Executive), ("manager", seeded.Manager), ("rep", rep) })
            {
                var inbox = await Queries(db).ForPersonAsync(id);
                Console.WriteLine($"{who}'s inbox: {inbox.Count} items ({string.Join(", ", inbox.Items.GroupBy(i => i.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
            }
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
            ("inbox, the executive (InboxQueries.ForPersonAsync)", () => Call(async db => (await Queries(db).ForPersonAsync(seeded.Executive)).Count)),
            ("inbox, a manager", () => Call(async db => (await Queries(db).ForPersonAsync(seeded.Manager)).Count)),
            ("inbox, a rep", () => Call(async db => (await Queries(db).ForPersonAsync(rep)).Count)),
        };
        var samples = await OperationSample.RoundsAsync(measures, rounds);
        for (var i = 0; i < measures.Length; i++)
        {
            OperationSample.Print(measures[i].Name, samples[i]);
        }
        OperationSample.Ratio("inbox, executive / plan list", samples[2], samples[0], TargetMs);
        OperationSample.Ratio("inbox, manager / plan list", samples[3], samples[0], TargetMs);
        OperationSample.Ratio("inbox, rep / one plan", samples[4], samples[1], TargetMs);
        Console.WriteLine($"load {Measurement.Load()} at the end");
    }

    private static InboxQueries Queries(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new CritiqueQueries(db, new PlanQueries(db), TimeProvider.System), TimeProvider.System);

    private static GameplanDbContext Open(DatabaseSettings settings, CycleSeeder.Seeded seeded)
    {
        var db = GameplanDatabase.Open(settings);
        db.OrganizationScope = seeded.Organization;
        return db;
    }
}
