using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Activities;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class LargeFileImportTests(ITestOutputHelper output) : IDisposable
{
    private const long FileBytes = 50L * 1024 * 1024;
    private const int People = 50;
    private static readonly string[] Metrics = ["calls", "demos", "emails", "meetings", "prospecting_minutes"];

    private readonly string _folder = Directory.CreateTempSubdirectory("gameplan-large-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [DbFact(Timeout = 600_000)]
    public async Task A_50_MB_file_is_imported_in_one_pass_and_a_second_import_adds_nothing()
    {
        var path = Path.Combine(_folder, "activities.csv");
        var rows = Generate(path);
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        db.People.AddRange(Enumerable.Range(0, People).Select(i => new Person(organization, $"rep{i:000}", $"Rep {i}", PersonRole.Rep, null, 40)));
        db.Metrics.AddRange(Metrics.Select(m => new Metric(organization, m, "count")));
        await db.SaveChangesAsync();
        var progress = new List<ActivityImportProgress>();
        var import = new ActivityImportCommands(db, Seeded.Clock);
        var options = new ActivityImportOptions { Today = new DateOnly(2027, 3, 15) };

        var clock = Stopwatch.StartNew();
        await using (var csv = File.OpenRead(path))
        {
            var summary = await import.ImportCsvAsync(csv, options, new Collect(progress));
            Assert.Equal((rows, 0, 0), (summary.Imported, summary.Duplicates, summary.InvalidRows));
        }
        var first = clock.Elapsed;
        clock.Restart();
        await using (var csv = File.OpenRead(path))
        {
            var again = await import.ImportCsvAsync(csv, options);
            Assert.Equal((0, rows), (again.Imported, again.Duplicates));
        }
        output.WriteLine($"{rows:N0} rows, {new FileInfo(path).Length / 1e6:F1} MB ({(database.IsPostgres ? "PostgreSQL" : "SQLite")}): " +
            $"first import {first.TotalSeconds:F1} s ({rows / first.TotalSeconds:N0} rows/s), again {clock.Elapsed.TotalSeconds:F1} s; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        Assert.Equal(rows, await db.Activities.CountAsync());
        Assert.True(progress.Count > 100, $"only {progress.Count} progress reports");
        Assert.Equal(new FileInfo(path).Length, progress[^1].BytesRead);
        Assert.Equal((true, 1), (progress[^1].Storing, progress.Count(p => p.Storing))); // read to the end, then storing
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.First.BytesRead <= p.Second.BytesRead), "progress went backwards");
    }

    /// <summary>Writes at least 50 MB of generic rows (no external ids: every one is derived) and returns the row count.</summary>
    private static int Generate(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("date,person,metric,quantity,note\n");
        var rows = 0;
        var start = new DateOnly(2026, 1, 1);
        while (writer.BaseStream.Length < FileBytes)
        {
            for (var i = 0; i < 10_000; i++, rows++)
            {
                var day = start.AddDays(rows % 430);
                var note = rows % 50 == 0 ? "\"Follow-up, \"\"urgent\"\"\"" : "";
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{day:yyyy-MM-dd},rep{rows / 7 % People:000},{Metrics[rows % Metrics.Length]},{rows % 13 + 0.5m},{note}\n"));
            }
            writer.Flush();
        }
        return rows;
    }

    private sealed class Collect(List<ActivityImportProgress> into) : IProgress<ActivityImportProgress>
    {
        public void Report(ActivityImportProgress value) => into.Add(value);
    }
}
