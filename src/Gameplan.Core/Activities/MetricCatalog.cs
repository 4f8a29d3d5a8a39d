using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// Makes sure every metric a commitment measures exists as a <see cref="Metric"/> of the
/// organisation, so activities can be logged against it. Names compare case-insensitively; an
/// existing metric keeps its spelling and unit.
/// </summary>
public static class MetricCatalog
{
    /// <summary>Adds the metrics of every commitment of the plan that are missing; the caller saves.</summary>
    public static Task EnsureForPlanAsync(GameplanDbContext db, StrategicPlan plan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return EnsureAsync(db, plan.Tactics.SelectMany(t => t.Commitments).Select(c => (c.Metric, c.Unit)), ct);
    }

    /// <summary>Adds the missing metrics (name, unit) to the context; the caller saves.</summary>
    public static async Task EnsureAsync(GameplanDbContext db, IEnumerable<(string Name, string Unit)> metrics, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organization = db.RequireOrganization();
        var wanted = metrics.Where(m => !string.IsNullOrWhiteSpace(m.Name))
            .GroupBy(m => m.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return;
        }
        var existing = (await db.Metrics.Select(m => m.Name).ToListAsync(ct))
            .Concat(db.Metrics.Local.Where(m => m.OrganizationId == organization).Select(m => m.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, unit) in wanted.Where(w => !existing.Contains(w.Key)))
        {
            db.Metrics.Add(new Metric(organization, name, string.IsNullOrWhiteSpace(unit) ? "count" : unit));
        }
    }
}
