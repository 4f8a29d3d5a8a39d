using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>The organisation's metrics: what activities are logged against, and what commitment forms offer.</summary>
public sealed class MetricQueries(GameplanDbContext db)
{
    /// <summary>Every metric of the organisation in scope, by name.</summary>
    public async Task<IReadOnlyList<MetricChoice>> ListAsync(CancellationToken ct = default) =>
        await db.Metrics.AsNoTracking().OrderBy(m => m.Name).Select(m => new MetricChoice(m.Name, m.Unit)).ToListAsync(ct);
}

/// <summary>A metric as a form offers it: its name (as stored and in files) and its unit.</summary>
public sealed record MetricChoice(string Name, string Unit);
