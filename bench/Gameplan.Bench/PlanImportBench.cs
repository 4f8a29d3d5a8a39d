using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Organizations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench;

/// <summary>
/// Plan import (issue #11, point 11): one generated plan file per size imported into a fresh,
/// migrated SQLite database through <see cref="PlanFileImporter"/>, exactly what
/// <c>gameplan import plan</c>, the web import and the API do. A linear import takes ~10x the time
/// for 10x the goals; a quadratic one ~100x. Results: bench/README.md.
/// </summary>
internal static class PlanImportBench
{
    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gameplan-bench-plan-import");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"Gameplan plan-import benchmark: SQLite, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load {Measurement.Load()}");
        // Warm-up: the smallest size three times, so tiered compilation and EF's model building are
        // not charged to the first measured size (one warm-up left it at 1.5x its settled CPU time).
        for (var round = 0; round < 3; round++)
        {
            await ImportAsync(folder, sizes.Min());
        }
        var results = new List<(int Goals, Measurement Time)>();
        foreach (var goals in sizes)
        {
            var (time, held) = await ImportAsync(folder, goals);
            results.Add((goals, time));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{LargePlanGenerator.Describe(goals)}: {time.Wall.TotalSeconds:N2} s wall, {time.Cpu.TotalSeconds:N2} s CPU, {goals / time.Wall.TotalSeconds:N0} goals/s; transaction open {held.TotalSeconds:N2} s (load {Measurement.Load()})"));
        }
        for (var i = 1; i < results.Count; i++)
        {
            var (small, large) = (results[i - 1], results[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{large.Goals:N0} / {small.Goals:N0} goals ({(double)large.Goals / small.Goals:N0}x): time ratio {large.Time.Wall / small.Time.Wall:N1}x wall, {large.Time.Cpu / small.Time.Cpu:N1}x CPU (linear: ~{(double)large.Goals / small.Goals:N0}x)"));
        }
    }

    private static async Task<(Measurement Time, TimeSpan Held)> ImportAsync(string folder, int goals)
    {
        var path = Path.Combine(folder, $"plan-{goals}.db");
        Delete(path);
        var file = LargePlanGenerator.Plan(goals);
        var timer = new TransactionTimer();
        var options = new DbContextOptionsBuilder<SqliteGameplanDbContext>();
        GameplanDatabase.Configure(options, DatabaseSettings.Sqlite(path));
        await using var db = new SqliteGameplanDbContext(options.AddInterceptors(timer).Options);
        await GameplanDatabase.MigrateAsync(db);
        db.UseAllOrganizations();
        var organization = new Organization("Bench Plans");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        db.OrganizationScope = organization.Id;
        db.ChangeTracker.Clear();
        var time = await Measurement.OfAsync(() => new PlanFileImporter(db, TimeProvider.System).ImportAsync(file));
        SqliteConnection.ClearAllPools();
        Delete(path);
        return (time, timer.Held);
    }

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
