using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Funnels;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Funnels;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Demo;

/// <summary>
/// The demo organisation's default funnel (dials, meetings, demos booked, new customers; 25,000 USD a
/// won deal, a 60-day cycle), which models its revenue goal (g1, USD) and its new-customer goal (g2, the
/// last stage), with logged dials, meetings and new customers beside the demos the plan already logs.
/// The logs are made to disagree with the assumptions where it teaches something: half of the meetings
/// are assumed to book a demo, while the reps book about 0.27 (GP614); the plan commits only to demos,
/// a few a month, far below what the goals need (GP611), and to no dials at all (GP612). The first stage is "dials", not "calls": the demo's
/// people log calls of their own in tests of the daily log, which must start from an empty day.
/// </summary>
internal static class DemoFunnel
{
    private const string Demos = "demos_booked";

    // Per rep and working day; with the demos the plan logs (3 a month, at each rep's effort) these give
    // dials -> meetings about 0.09 (assumed 0.1), meetings -> demos about 0.27 (assumed 0.5) and demos -> customers about 0.3.
    private static readonly (string Metric, decimal PerWorkingDay, int DaysEarlier)[] Logged =
    [
        ("dials", 5m, 40),
        ("meetings", 0.45m, 20),
        ("new_customers", 0.043m, 0),
    ];

    public static FunnelDocument Funnel { get; } = new()
    {
        DealValue = 25_000m,
        Currency = "USD",
        CycleDays = 60,
        Stages =
        [
            new FunnelStageDocument { Metric = "dials", Rate = 0.1m },
            new FunnelStageDocument { Metric = "meetings", Rate = 0.5m },
            new FunnelStageDocument { Metric = Demos, Rate = 0.3m },
            new FunnelStageDocument { Metric = "new_customers" },
        ],
    };

    /// <summary>Sets the funnel and logs the activity inside the caller's transaction, for the organisation <paramref name="organization"/>.</summary>
    public static async Task SeedAsync(GameplanDbContext db, int organization, StrategicPlan plan, IReadOnlyDictionary<int, decimal> effort, DateOnly today, CancellationToken ct)
    {
        var (scope, all) = (db.OrganizationScope, db.AllOrganizations);
        db.OrganizationScope = organization;
        try
        {
            db.Funnels.Add(new SalesFunnel(organization, null, null, Funnel));
            var known = db.Metrics.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            db.Metrics.AddRange(Logged.Where(l => !known.Contains(l.Metric)).Select(l => new Metric(organization, l.Metric, "count")));
            await db.SaveChangesAsync(ct);
            var directory = await ActivityDirectory.LoadAsync(db, ct);
            var tactic = plan.Tactics.Single(t => t.Commitments.Any(c => c.Metric == Demos));
            var reps = tactic.Commitments.Single(c => c.Metric == Demos).NamedAssignees.Select(a => a.PersonId).ToList();
            await using var writer = await ActivityWriter.BeginAsync(db, ct);
            foreach (var (metric, perDay, earlier) in Logged)
            {
                var id = directory.FindMetric(metric)!.Value;
                foreach (var rep in reps)
                {
                    var owed = 0m;
                    for (var day = tactic.Start!.Value.AddDays(-earlier); day <= today; day = day.AddDays(1))
                    {
                        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                        {
                            continue;
                        }
                        owed += perDay * effort.GetValueOrDefault(rep, 1m);
                        if (Math.Floor(owed) is var done and > 0)
                        {
                            owed -= done;
                            await writer.AddAsync(new NewActivity(rep, id, day, done, $"demo-{rep}-{metric}-{day:yyyyMMdd}", null), ct);
                        }
                    }
                }
            }
            await writer.CommitAsync(ct);
        }
        finally
        {
            if (all)
            {
                db.UseAllOrganizations();
            }
            else
            {
                db.OrganizationScope = scope;
            }
        }
    }
}
