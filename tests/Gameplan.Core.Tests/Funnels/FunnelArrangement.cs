using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Funnels;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Critique;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Funnels;

/// <summary>
/// The seeded organisation (East: dana the manager, ana and ben) plus an executive (erin), a West team
/// led by wes, and the East team plan imported from a plan file: a revenue goal of 600,000 USD and a
/// goal of 150 demos in 2027, with ana committed to 20 calls and 3 meetings a working day. Today is 2026-11-22.
/// </summary>
internal sealed record FunnelArrangement(GameplanDbContext Db, int Organization, int PlanId, int East, int West)
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static FunnelRequest Request(decimal callsRate = 0.2m, decimal meetingsRate = 0.5m, decimal demosRate = 0.25m, int cycle = 30) => new()
    {
        DealValue = 10_000m,
        Currency = "USD",
        CycleDays = cycle,
        Stages =
        [
            new FunnelStageInput { Metric = "calls", Rate = callsRate },
            new FunnelStageInput { Metric = "meetings", Rate = meetingsRate },
            new FunnelStageInput { Metric = "demos", Rate = demosRate },
            new FunnelStageInput { Metric = "deals" },
        ],
    };

    public static PlanFile File(PlanFileFunnel? funnel = null) => new()
    {
        Plan = new PlanFilePlan
        {
            Name = "East 2027",
            Scope = "team",
            Team = "East",
            Owner = "dana",
            Period = new PlanFilePeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)),
            Goals =
            [
                new PlanFileGoal { Id = "g1", Title = "Win 600,000 USD of new business", Unit = "currency:USD", Metric = "revenue", Baseline = 0, Target = 600_000, Due = new DateOnly(2027, 12, 31), Dri = ["dana"] },
                new PlanFileGoal { Id = "g2", Title = "Give 150 demos", Unit = "count", Metric = "demos", Baseline = 0, Target = 150, Due = new DateOnly(2027, 12, 31), Dri = ["dana"] },
            ],
            Strategies =
            [
                new PlanFileStrategy
                {
                    Id = "s1", Statement = "Call every clinic in the region", Dri = ["dana"], Goals = ["g1", "g2"],
                    Tactics =
                    [
                        new PlanFileTactic
                        {
                            Id = "t1", Action = "Prospect by phone", Owner = "ana", Start = new DateOnly(2027, 1, 1), Due = new DateOnly(2027, 12, 31),
                            Activities =
                            [
                                new PlanFileActivity { Metric = "calls", Unit = "count", Target = 20, Per = "day", Assignees = PlanFileAssignees.Owner },
                                new PlanFileActivity { Metric = "meetings", Unit = "count", Target = 3, Per = "day", Assignees = PlanFileAssignees.Owner },
                            ],
                        },
                    ],
                },
            ],
        },
        Funnel = funnel,
    };

    public static async Task<FunnelArrangement> CreateAsync(GameplanDbContext db, PlanFileFunnel? funnel = null)
    {
        var organization = await Seeded.OrganizationAsync(db);
        var east = await db.Teams.Where(t => t.Name == "East").Select(t => t.Id).SingleAsync();
        var west = new Team(organization, "West");
        db.Teams.Add(west);
        await db.SaveChangesAsync();
        db.People.AddRange(
            new Person(organization, "erin", "Erin Cole", PersonRole.Executive, null, 40),
            new Person(organization, "wes", "Wes Park", PersonRole.Manager, west.Id, 40));
        foreach (var metric in new[] { "calls", "meetings", "demos", "deals" })
        {
            db.Metrics.Add(new Metric(organization, metric, "count"));
        }
        await db.SaveChangesAsync();
        var imported = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(File(funnel));
        db.ChangeTracker.Clear();
        return new FunnelArrangement(db, organization, imported.PlanId, east, west.Id);
    }

    public FunnelCommands Commands => new(Db);

    public FunnelQueries Queries => new(Db, Seeded.Clock);

    public Task<Actor> ActorAsync(string handle) => Seeded.ActorAsync(Db, handle);

    /// <summary>Logs <paramref name="perDay"/> of each metric for each of the 120 days up to today.</summary>
    public async Task LogAsync(string handle, IReadOnlyDictionary<string, decimal> perDay)
    {
        var person = await Db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();
        var metrics = await Db.Metrics.ToDictionaryAsync(m => m.Name, m => m.Id);
        var rows = new List<NewActivity>();
        for (var day = Today.AddDays(-119); day <= Today; day = day.AddDays(1))
        {
            rows.AddRange(perDay.Select(pair => new NewActivity(person, metrics[pair.Key], day, pair.Value, $"{handle}-{pair.Key}-{day:yyyyMMdd}", null)));
        }
        await using var writer = await ActivityWriter.BeginAsync(Db, 50_000, default);
        foreach (var row in rows)
        {
            await writer.AddAsync(row, default);
        }
        await writer.CommitAsync(default);
        Db.ChangeTracker.Clear();
    }

    /// <summary>Every logged row as the domain reads raw activity, straight from the log (never the aggregates).</summary>
    public async Task<ActivityFacts> RawFactsAsync()
    {
        var rows = await Db.Activities.AsNoTracking()
            .Join(Db.People, a => a.PersonId, p => p.Id, (a, p) => new { a.Date, p.Handle, a.MetricId, a.Quantity })
            .Join(Db.Metrics, a => a.MetricId, m => m.Id, (a, m) => new { a.Date, a.Handle, Metric = m.Name, a.Quantity })
            .ToListAsync();
        return new ActivityFacts([.. rows.Select(r => new ActivityFact(r.Date, r.Handle, r.Metric, r.Quantity))]);
    }
}
