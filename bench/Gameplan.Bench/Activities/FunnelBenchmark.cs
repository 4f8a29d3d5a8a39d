using System.Globalization;
using Gameplan.Core.Data;
using Gameplan.Core.Funnels;
using Gameplan.Core.PlanFiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Issue #14: the measured conversion rates (the organisation's and each of the 10,000 people's) and the
/// projection of an organisation plan's funnel goal, on the database import-sqlite left (12.5M activity rows), through the
/// Core call the funnel page and the API use (<see cref="FunnelQueries.ModelAsync"/>, which reads the
/// daily aggregates), against the same team figures summed from the raw rows of ActivityLog in the
/// same run (one SUM per date range the rates need). Both must give the same rates; the bench fails otherwise.
/// </summary>
public static class FunnelBenchmark
{
    private const string PlanName = "Bench Funnel Organisation 2026";
    private const int Rounds = 5;

    public static async Task RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.SqlitePath))
        {
            throw new InvalidOperationException($"{options.SqlitePath} is missing: run 'activities import-sqlite --reps {options.Reps}' first.");
        }
        var settings = DatabaseSettings.Sqlite(options.SqlitePath);
        var today = ActivityCsvGenerator.Days[^1];
        int planId;
        await using (var db = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.ScopeAsync(db);
            planId = await EnsurePlanAsync(db);
        }

        var floor = await PaceBenchmark.MedianAsync(Rounds, 1, settings, _ => Task.FromResult(0));
        FunnelModelDetails? model = null;
        var modelled = await PaceBenchmark.MedianAsync(Rounds, 1, settings, async db =>
        {
            model = await new FunnelQueries(db, TimeProvider.System).ModelAsync(planId, null, today);
            return model.Goals.Count;
        });
        var measured = model!.Goals.Single().MeasuredRates;
        Dictionary<string, (decimal Sample, decimal Converted)>? raw = null;
        var summed = await PaceBenchmark.MedianAsync(Rounds, 1, settings, async db =>
        {
            raw = await RawRatesAsync(db, today);
            return raw.Count;
        });
        var team = measured.Where(rate => rate.Person is null).ToList();
        foreach (var rate in team)
        {
            var (sample, converted) = raw![$"{rate.From}>{rate.To}"];
            if (sample != rate.Sample || converted != rate.Converted || Domain.Numbers.RoundRatio(converted / sample) != rate.Measured)
            {
                throw new InvalidOperationException($"{rate.From} to {rate.To}: {rate.Converted} of {rate.Sample} from the aggregates, {converted} of {sample} from the raw rows.");
            }
        }
        var projection = model.Goals.Single().Projection!;
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"team rates {string.Join(", ", team.Select(r => $"{r.From}>{r.To} {r.Measured:0.####} (n {r.Sample:N0})"))}; {measured.Count(r => r.Person is not null):N0} personal rates; projected {projection.Projected:N0} of {projection.Target:N0}; the raw rows give the same team rates"));
        Report.Time("per-round floor (context, connection, scope)", floor.Wall);
        Report.Time("funnel model, rates and projection for 10,000 people (ModelAsync, aggregates)", modelled.Wall);
        Report.Time("  CPU", modelled.Cpu);
        Report.Time("the same team rates summed from raw ActivityLog rows (baseline)", summed.Wall);
        Report.Time("  CPU", summed.Cpu);
        Report.Ratio("raw SUM time / model time", modelled, summed, "rates and projection < 1 s on SQLite");
    }

    /// <summary>An organisation plan: its funnel measures everyone in the organisation.</summary>
    private static async Task<int> EnsurePlanAsync(GameplanDbContext db)
    {
        if (await db.Plans.Where(p => p.Name == PlanName).Select(p => (int?)p.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }
        var yaml = $$"""
            version: 1
            plan:
              name: {{PlanName}}
              scope: organization
              owner: rep00000
              period: { start: 2026-01-01, end: 2026-12-31 }
              drafted: 2025-10-01
              mission: Turn the demo goal into daily calls for everyone.
              goals:
                - { id: g1, title: Book 3M demos, metric: demos, unit: count, baseline: 0, target: 3000000, due: 2026-12-31, dri: rep00000 }
              strategies:
                - id: s1
                  statement: Win more deals through daily outbound activity.
                  dri: rep00000
                  goals: [g1]
                  tactics:
                    - id: t1
                      action: Call prospects every working day.
                      owner: rep00000
                      start: 2026-01-01
                      due: 2026-12-31
                      activities:
                        - { metric: calls, unit: count, target: 15, per: day, assignees: owner }
            funnel:
              cycle_days: 14
              stages:
                - { metric: calls, rate: 0.2 }
                - { metric: meetings, rate: 0.5 }
                - { metric: demos }
            """;
        var read = PlanFileReader.Read(yaml);
        if (read.HasErrors)
        {
            throw new InvalidOperationException(string.Join("; ", read.Errors));
        }
        return (await new PlanFileImporter(db, TimeProvider.System).ImportAsync(read.Plan!)).PlanId;
    }

    /// <summary>The team rates as FunnelLearning defines them, from SUMs over the raw rows of everyone (a full scan per range).</summary>
    private static async Task<Dictionary<string, (decimal Sample, decimal Converted)>> RawRatesAsync(GameplanDbContext db, DateOnly today)
    {
        const int lag = 7; // 14 days over two steps
        var from = today.AddDays(-89);
        var calls = await SumAsync(db, "calls", from.AddDays(-lag), today.AddDays(-lag));
        var meetingsLagged = await SumAsync(db, "meetings", from.AddDays(-lag), today.AddDays(-lag));
        var meetings = await SumAsync(db, "meetings", from, today);
        var demos = await SumAsync(db, "demos", from, today);
        return new() { ["calls>meetings"] = (calls, meetings), ["meetings>demos"] = (meetingsLagged, demos) };
    }

    private static async Task<decimal> SumAsync(GameplanDbContext db, string metric, DateOnly from, DateOnly to)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT coalesce(sum(a."Quantity"), 0) FROM "ActivityLog" a JOIN "Metrics" m ON m."Id" = a."MetricId"
            WHERE a."OrganizationId" = $organization AND m."Name" = $metric AND a."Date" BETWEEN $from AND $to
            """;
        command.Parameters.AddWithValue("$organization", db.RequireOrganization());
        command.Parameters.AddWithValue("$metric", metric);
        command.Parameters.AddWithValue("$from", from.DayNumber);
        command.Parameters.AddWithValue("$to", to.DayNumber);
        return Convert.ToDecimal(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
