using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Versions;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Versions;
using Microsoft.Data.Sqlite;

namespace Gameplan.Bench.Versions;

/// <summary>
/// The diff of two versions of a 1,000-element plan (issue #12, target under 50 ms), with the code the product
/// runs: <c>gameplan diff OLD.yaml NEW.yaml</c> and the versions API read both plan files
/// (<see cref="PlanFileReader"/>), turn them into trees (<see cref="PlanFileTree"/>) and compare them
/// (<see cref="PlanDiff"/>). Baselines in the same rounds: reading the two files alone, and the diff of two
/// identical versions. Then the same through SQLite as the API and the versions page call it
/// (<see cref="VersionQueries"/>, a new context per call as a request has). Results: bench/README.md.
/// </summary>
internal static class DiffBench
{
    private const double TargetMs = 50;
    private const int Repeat = 5;

    public static async Task RunAsync(int rounds)
    {
        var older = PlanFileWriter.Write(DiffPlanGenerator.Plan(revised: false));
        var newer = PlanFileWriter.Write(DiffPlanGenerator.Plan(revised: true));
        var (olderFile, newerFile) = (Read(older), Read(newer));
        var diff = Diff(older, newer);
        var nodes = Count(PlanFileTree.From(olderFile));
        Console.WriteLine($"Gameplan diff benchmark: {Report.Machine()}, server GC {System.Runtime.GCSettings.IsServerGC}, {rounds} rounds of {Repeat} calls (median)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plan of {DiffPlanGenerator.Elements:N0} elements (goals, strategies, tactics, commitments; {nodes:N0} tree nodes with measurements, people, reviews), files of {older.Length:N0} and {newer.Length:N0} characters"));
        Console.WriteLine($"changes found: {diff.Summary.Added} added, {diff.Summary.Removed} removed, {diff.Summary.Changed} changed, {diff.Summary.Moved} moved");
        // The comparison must find exactly the changes the generator made, or the timing means nothing.
        if (diff.Summary != DiffPlanGenerator.Expected || !Diff(older, older).Same)
        {
            throw new InvalidOperationException($"Expected {DiffPlanGenerator.Expected}, found {diff.Summary}.");
        }

        var path = Path.Combine(Path.GetTempPath(), $"gameplan-bench-diff-{Environment.ProcessId}.db");
        var settings = DatabaseSettings.Sqlite(path);
        try
        {
            var (organization, plan) = await StoreAsync(settings, older, newer);
            async Task<OperationSample> Call(Func<VersionQueries, Task<int>> work) => await OperationSample.OfAsync(Repeat, async () =>
            {
                await using var db = GameplanDatabase.Open(settings);
                db.OrganizationScope = organization;
                return await work(new VersionQueries(db));
            });
            var measures = new (string Name, Func<Task<OperationSample>> Run)[]
            {
                ("read both plan files (baseline)", () => OperationSample.Of(Repeat, () => Read(older).Plan.Goals.Count + Read(newer).Plan.Goals.Count)),
                ("diff of two identical versions (baseline)", () => OperationSample.Of(Repeat, () => Diff(older, older).Changes.Count)),
                ("diff of the two versions (read, trees, compare)", () => OperationSample.Of(Repeat, () => Diff(older, newer).Changes.Count)),
                ("  of which trees + comparison (files already read)", () => OperationSample.Of(Repeat, () => PlanDiff.Compare(PlanFileTree.From(olderFile), PlanFileTree.From(newerFile)).Changes.Count)),
                ("one stored version (VersionQueries.GetAsync; baseline)", () => Call(async q => (await q.GetAsync(plan, 2)).File.Length)),
                ("API diff of versions 1 and 2 (VersionQueries.DiffAsync)", () => Call(async q => (await q.DiffAsync(plan, 1, 2)).Changes.Count)),
                ("versions page 1 and 2 (VersionQueries.CompareAsync)", () => Call(async q => (await q.CompareAsync(plan, 1, 2)).Changes.Count)),
            };
            var samples = await OperationSample.RoundsAsync(measures, rounds);
            for (var i = 0; i < measures.Length; i++)
            {
                OperationSample.Print(measures[i].Name, samples[i]);
            }
            OperationSample.Ratio("diff / reading the two files", samples[2], samples[0], TargetMs);
            OperationSample.Ratio("diff / diff of identical versions", samples[2], samples[1], TargetMs);
            OperationSample.Ratio("API diff / one stored version", samples[5], samples[4], TargetMs);
            Console.WriteLine($"load {Measurement.Load()} at the end");
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

    /// <summary>Exactly what <c>gameplan diff</c> and <see cref="VersionQueries.DiffAsync"/> do with the two files' text.</summary>
    private static PlanDiffResult Diff(string older, string newer) => PlanDiff.Compare(PlanFileTree.From(Read(older)), PlanFileTree.From(Read(newer)));

    private static PlanFile Read(string yaml) => PlanFileReader.Read(yaml) is { HasErrors: false, Plan: { } plan } ? plan
        : throw new InvalidOperationException("A generated plan file does not read.");

    private static int Count(PlanNode node) => 1 + node.Children.Sum(Count);

    /// <summary>A fresh SQLite file with the plan imported and the two files stored as its versions 1 and 2; returns the organisation and the plan.</summary>
    private static async Task<(int Organization, int Plan)> StoreAsync(DatabaseSettings settings, string older, string newer)
    {
        await using var db = GameplanDatabase.Open(settings);
        await GameplanDatabase.MigrateAsync(db);
        db.UseAllOrganizations();
        var organization = new Organization("Bench Versions");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        db.OrganizationScope = organization.Id;
        var plan = (await new PlanFileImporter(db, TimeProvider.System).ImportAsync(Read(older))).PlanId;
        var now = DateTimeOffset.UtcNow;
        db.PlanVersions.Add(new PlanVersion(organization.Id, plan, 1, PlanVersionKind.Submitted, older, "p0", now, null));
        db.PlanVersions.Add(new PlanVersion(organization.Id, plan, 2, PlanVersionKind.Submitted, newer, "p0", now, "After the review."));
        await db.SaveChangesAsync();
        return (organization.Id, plan);
    }
}
