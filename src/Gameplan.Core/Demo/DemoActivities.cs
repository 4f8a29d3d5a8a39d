using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Demo;

/// <summary>
/// Logged activity from each tactic's start up to today for the demo plan's commitments, so the demo shows
/// pace at once: each assignee works at their own steady fraction of the target (some ahead, some
/// at risk, some clearly behind), with a deterministic day-to-day wobble. Written through the
/// <see cref="ActivityWriter"/> like any import, so the aggregates are filled too.
/// </summary>
internal static class DemoActivities
{
    // At most this many days back, whatever the tactic's start: the demo stays small.
    private const int MaxDays = 120;

    /// <summary>Share of the target each demo person does; everyone else does exactly the target.</summary>
    internal static readonly Dictionary<string, decimal> Effort = new(StringComparer.Ordinal)
    {
        ["lena"] = 1.10m,
        ["mateo"] = 0.95m,
        ["nia"] = 0.70m,
        ["ravi"] = 1.00m,
        ["sofia"] = 0.85m,
        ["jonas"] = 0.55m,
    };

    // Multipliers averaging 1: a day is a little busier or quieter than the next.
    private static readonly decimal[] Wobble = [0.7m, 1.3m, 0.9m, 1.1m, 0.8m, 1.2m, 1.0m];

    /// <summary>Logs the activity inside the caller's transaction, for the organisation <paramref name="organization"/>.</summary>
    public static async Task SeedAsync(GameplanDbContext db, int organization, StrategicPlan plan, IReadOnlyDictionary<int, string> handles, DateOnly today, CancellationToken ct)
    {
        var (scope, all) = (db.OrganizationScope, db.AllOrganizations);
        db.OrganizationScope = organization;
        try
        {
            await MetricCatalog.EnsureForPlanAsync(db, plan, ct);
            await db.SaveChangesAsync(ct);
            var directory = await ActivityDirectory.LoadAsync(db, ct);
            await using var writer = await ActivityWriter.BeginAsync(db, ct);
            foreach (var tactic in plan.Tactics)
            {
                foreach (var commitment in tactic.Commitments)
                {
                    var metric = directory.FindMetric(commitment.Metric)!.Value;
                    foreach (var person in Assignees(tactic, commitment))
                    {
                        var handle = handles.GetValueOrDefault(person, "");
                        foreach (var row in Rows(person, handle, metric, tactic, commitment, today))
                        {
                            await writer.AddAsync(row, ct);
                        }
                    }
                }
            }
            await writer.CommitAsync(ct);
        }
        finally
        {
            // Back to the caller's mode: setting a null scope alone would leave a seeding context that saw every organisation seeing none.
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

    private static IEnumerable<int> Assignees(Tactic tactic, ActivityCommitment commitment) => commitment.Assignees switch
    {
        AssigneeMode.Named => commitment.NamedAssignees.Select(a => a.PersonId),
        AssigneeMode.Owner when tactic.OwnerId is { } owner && !tactic.OwnerIsTeam => [owner],
        _ => [],
    };

    /// <summary>Whole units only: the day's share accrues until a unit (or 5 minutes, or half an hour) is done.</summary>
    private static IEnumerable<NewActivity> Rows(int person, string handle, int metric, Tactic tactic, ActivityCommitment commitment, DateOnly today)
    {
        var perWorkingDay = commitment.Target / commitment.Per switch
        {
            CommitmentPer.Day => 1m,
            CommitmentPer.Week => 5m,
            CommitmentPer.Month => 21m,
            CommitmentPer.Quarter => 63m,
            _ => 60m,
        };
        var step = commitment.Unit switch { "minutes" => 5m, "hours" => 0.5m, _ => 1m };
        var effort = Effort.GetValueOrDefault(handle, 1m);
        var owed = 0m;
        var from = tactic.Start is { } start && start > today.AddDays(-MaxDays) ? start : today.AddDays(-MaxDays);
        var to = tactic.Due is { } due && due < today ? due : today;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            owed += perWorkingDay * effort * Wobble[(day.DayNumber + person) % Wobble.Length];
            var done = Math.Floor(owed / step) * step;
            if (done > 0)
            {
                owed -= done;
                yield return new NewActivity(person, metric, day, done, $"demo-{person}-{commitment.Metric}-{day:yyyyMMdd}", null);
            }
        }
    }
}
