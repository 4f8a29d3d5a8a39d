using Gameplan.Core.Data;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Critique;

/// <summary>
/// The plans around a stored plan, as the cascade rules and the coverage read them: its parent (name,
/// goals, strategies) and its children (name, what they carry out, their goals' contributions). Only
/// what those need is read, so an organisation plan with sixty team plans stays cheap.
/// </summary>
internal static class StoredPlanFamilies
{
    public static async Task<PlanFamily> ForAsync(GameplanDbContext db, int planId, int? parentId, CancellationToken ct)
    {
        var ids = parentId is { } p ? new[] { p } : [];
        var parent = parentId is null ? null : (await LoadAsync(db.Plans.Where(x => ids.Contains(x.Id)), ct)).FirstOrDefault();
        var children = await LoadAsync(db.Plans.Where(x => x.ParentPlanId == planId), ct);
        return new PlanFamily(parent, children);
    }

    /// <summary>The children of several plans at once, by parent id (the cycle page and the alignment view).</summary>
    public static async Task<ILookup<int, PlanDocument>> ChildrenOfAsync(GameplanDbContext db, IReadOnlyCollection<int> planIds, CancellationToken ct)
    {
        var rows = await Rows(db.Plans.Where(x => x.ParentPlanId != null && planIds.Contains(x.ParentPlanId.Value)), ct);
        return rows.ToLookup(r => r.ParentPlanId!.Value, Document);
    }

    private static async Task<List<PlanDocument>> LoadAsync(IQueryable<StrategicPlan> plans, CancellationToken ct) =>
        [.. (await Rows(plans, ct)).Select(Document)];

    // Three flat reads (plans, their goals, their strategies with a tactic count), not one nested projection: SQLite cannot APPLY.
    private static async Task<List<Row>> Rows(IQueryable<StrategicPlan> plans, CancellationToken ct)
    {
        var heads = await plans.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.ParentPlanId, p.ParentPlanName, p.ParentStrategyKey, p.ParentGoalKey })
            .ToListAsync(ct);
        if (heads.Count == 0)
        {
            return [];
        }
        var goals = (await plans.SelectMany(p => p.Goals).AsNoTracking().OrderBy(g => g.Id)
                .Select(g => new { g.PlanId, Row = new GoalRow(g.Key, g.Title, g.Unit, g.Baseline, g.Target, g.Direction, g.ContributesTo, g.ContributionAmount) })
                .ToListAsync(ct))
            .ToLookup(g => g.PlanId, g => g.Row);
        var strategies = (await plans.SelectMany(p => p.Strategies).AsNoTracking().OrderBy(s => s.Position)
                .Select(s => new { s.PlanId, Row = new StrategyRow(s.Key, s.Statement, s.Tactics.Count) })
                .ToListAsync(ct))
            .ToLookup(s => s.PlanId, s => s.Row);
        return [.. heads.Select(h => new Row(h.Id, h.Name, h.ParentPlanId, h.ParentPlanName, h.ParentStrategyKey, h.ParentGoalKey,
            [.. goals[h.Id]], [.. strategies[h.Id]]))];
    }

    private static PlanDocument Document(Row row) => new()
    {
        Name = row.Name,
        Parent = row.ParentPlanId is null && row.ParentPlanName is null ? null
            : new ParentDocument { Plan = row.ParentPlanId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? row.ParentPlanName, Strategy = row.StrategyKey, Goal = row.GoalKey },
        Goals = [.. row.Goals.Select(g => new GoalDocument
        {
            Id = g.Key,
            Title = g.Title,
            Unit = g.Unit,
            Baseline = g.Baseline,
            Target = g.Target,
            Direction = g.Direction.ToString().ToLowerInvariant(),
            ContributesTo = g.ContributesTo is null ? null : new ContributionDocument { Goal = g.ContributesTo, Amount = g.Amount },
        })],
        // A strategy's tactics count, not what they say: the cascade rules only ask whether it has any.
        Strategies = [.. row.Strategies.Select(s => new StrategyDocument { Id = s.Key, Statement = s.Statement, Tactics = [.. Enumerable.Repeat(new TacticDocument(), s.Tactics)] })],
    };

    private sealed record Row(int Id, string Name, int? ParentPlanId, string? ParentPlanName, string? StrategyKey, string? GoalKey,
        List<GoalRow> Goals, List<StrategyRow> Strategies);

    private sealed record GoalRow(string Key, string Title, string? Unit, decimal? Baseline, decimal? Target, GoalDirection Direction, string? ContributesTo, decimal? Amount);

    private sealed record StrategyRow(string Key, string Statement, int Tactics);
}
