using System.Globalization;
using Gameplan.Bench.Activities;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Inbox;
using Gameplan.Core.Notifications;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Digest;

/// <summary>
/// The daily digest run (issue #13) for 10,000 people end to end: <see cref="DigestRun.RunAsync"/> as the scheduler calls
/// it, on an organisation seeded by <see cref="DigestSeeder"/>, every digest sent with MailKit over SMTP to a local sink
/// (<see cref="SmtpSink"/>) and recorded. Baselines in the same run: reading everyone's name and address (what any run
/// must do), and each inbox read one by one as the run did before (a sample, extrapolated). Each round starts from no
/// digest sent (the ledger and the log emptied); a last run on the same day finds nothing due. Target: under a minute.
/// </summary>
internal static class DigestBench
{
    private const double TargetSeconds = 60;
    private const int OneByOneSample = 100;
    private const string BaseUrl = "https://gameplan.bench.example";

    public static async Task RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 2;
        // --db PATH keeps the seeded database there and reuses it when it exists (seeding takes minutes).
        var kept = Option(args, "--db");
        Console.WriteLine($"Gameplan digest benchmark: {Report.Machine()}, {rounds} rounds");
        var path = kept ?? Path.Combine(Path.GetTempPath(), $"gameplan-bench-digest-{Environment.ProcessId}.db");
        var settings = DatabaseSettings.Sqlite(path);
        try
        {
            if (kept is not null && File.Exists(kept))
            {
                Console.WriteLine($"reusing the database seeded before at {kept}");
            }
            else
            {
                var seeding = await Measurement.OfAsync(async () =>
                {
                    var seeded = await DigestSeeder.SeedAsync(settings, DateOnly.FromDateTime(DateTime.UtcNow), line => Console.WriteLine($"  seeding: {line}"));
                    Console.WriteLine($"seeded {seeded.People:N0} people and {seeded.Plans} plans");
                });
                Print("seeded through Core", seeding);
            }
            await MeasureAsync(settings, rounds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in kept is null ? new[] { "", "-wal", "-shm" } : [])
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static async Task MeasureAsync(DatabaseSettings settings, int rounds)
    {
        await using var sink = new SmtpSink();
        var protection = DataProtectionProvider.Create("Gameplan.Bench");
        int organization;
        List<int> people;
        DateOnly today;
        await using (var db = GameplanDatabase.Open(settings))
        {
            organization = await OrganizationSeeder.ScopeAsync(db);
            await new EmailCommands(db, protection, new DigestSender(protection), TimeProvider.System).ChangeAsync(new EmailSettingsRequest
            {
                Host = "127.0.0.1",
                Port = sink.Port,
                Tls = SmtpTls.None,
                FromAddress = "gameplan@bench.example",
                BaseUrl = BaseUrl,
            });
            people = await db.People.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            today = await new OrganizationClock(db, TimeProvider.System).ForOrganizationAsync();
        }

        var names = await Measurement.OfAsync(async () =>
        {
            await using var db = Open(settings, organization);
            var read = await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Email }).ToListAsync();
            Console.WriteLine($"read {read.Count:N0} people's names and addresses");
        });
        Print("baseline: everyone's name and address", names);

        // The run before ForPeopleAsync: one inbox after the other on the run's one context (every 100th person).
        var sample = people.Where((_, i) => i % (people.Count / OneByOneSample) == 0).Take(OneByOneSample).ToList();
        var oneByOne = await Measurement.OfAsync(async () =>
        {
            await using var db = Open(settings, organization);
            var inbox = Queries(db);
            foreach (var person in sample)
            {
                await inbox.ForPersonAsync(person, today);
            }
        });
        var scale = (double)people.Count / sample.Count;
        Print($"baseline: {sample.Count} inboxes one by one (ForPersonAsync)", oneByOne);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  -> {oneByOne.Wall.TotalMilliseconds / sample.Count:N1} ms a person; {people.Count:N0} people one by one: ~{oneByOne.Wall.TotalSeconds * scale:N0} s ({oneByOne.Cpu.TotalSeconds * scale:N0} s CPU)"));

        // Every open plan's critique: the inbox's findings need each once, whoever reads them.
        var critiques = await Measurement.OfAsync(async () =>
        {
            await using var db = Open(settings, organization);
            var critique = new CritiqueQueries(db, new PlanQueries(db), TimeProvider.System);
            var open = await db.Plans.Where(p => p.Status != Gameplan.Domain.Plans.PlanStatus.Closed).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            var findings = 0;
            foreach (var plan in open)
            {
                findings += (await critique.ForPlanAsync(plan, today)).Findings.Count;
            }
            Console.WriteLine($"{open.Count} open plans critiqued, {findings:N0} findings");
        });
        Print("the critique of every open plan, one by one (CritiqueQueries.ForPlanAsync)", critiques);

        var together = await Measurement.OfAsync(async () =>
        {
            await using var db = Open(settings, organization);
            var inboxes = await Queries(db).ForPeopleAsync(people.ToDictionary(p => p, _ => today));
            var items = inboxes.Values.SelectMany(i => i.Items).ToList();
            Console.WriteLine($"{inboxes.Count:N0} inboxes, {items.Count:N0} items ({string.Join(", ", items.GroupBy(i => i.Kind).Select(g => $"{g.Count():N0} {g.Key}"))})");
        });
        Print($"all {people.Count:N0} inboxes together (ForPeopleAsync)", together);

        var runs = new List<Measurement>();
        for (var round = 1; round <= rounds; round++)
        {
            await using (var db = Open(settings, organization))
            {
                await db.DigestLog.ExecuteDeleteAsync();
                await db.DigestSubscriptions.ExecuteDeleteAsync();
            }
            var before = (sink.Messages, sink.Bytes);
            DigestRunResult? result = null;
            var run = await Measurement.OfAsync(async () =>
            {
                await using var db = GameplanDatabase.Open(settings);
                result = await Run(db, protection).RunAsync(BaseUrl);
            });
            runs.Add(run);
            Print($"round {round}: the digest run, {people.Count:N0} people (DigestRun.RunAsync)", run);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  -> {result}; the sink received {sink.Messages - before.Messages:N0} messages, {(sink.Bytes - before.Bytes) / 1024.0 / 1024.0:N1} MB"));
        }
        var again = await Measurement.OfAsync(async () =>
        {
            await using var db = GameplanDatabase.Open(settings);
            Console.WriteLine($"the same day again: {await Run(db, protection).RunAsync(BaseUrl)}");
        });
        Print("the digest run again the same day (nothing due)", again);

        var median = runs.OrderBy(r => r.Wall).ElementAt(runs.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"digest run / target: {median.Wall.TotalSeconds:N1} s of {TargetSeconds:N0} s, ratio {TargetSeconds / median.Wall.TotalSeconds:N2} (CPU {TargetSeconds / median.Cpu.TotalSeconds:N2}); "
            + $"{median.Wall.TotalMilliseconds / names.Wall.TotalMilliseconds:N0}x reading the names; one by one would take {oneByOne.Wall.TotalSeconds * scale / median.Wall.TotalSeconds:N1}x as long"));
        Console.WriteLine($"load {Measurement.Load()} at the end");
    }

    private static string? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static void Print(string what, Measurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {m.Wall.TotalSeconds:N2} s ({m.Cpu.TotalSeconds:N2} s CPU)"));

    private static InboxQueries Queries(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new CritiqueQueries(db, new PlanQueries(db), TimeProvider.System), TimeProvider.System);

    private static DigestRun Run(GameplanDbContext db, IDataProtectionProvider protection) =>
        new(db, Queries(db), new DigestSender(protection), TimeProvider.System);

    private static GameplanDbContext Open(DatabaseSettings settings, int organization)
    {
        var db = GameplanDatabase.Open(settings);
        db.OrganizationScope = organization;
        return db;
    }
}
