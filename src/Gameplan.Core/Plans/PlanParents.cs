using System.Globalization;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>
/// Finds the parent plan a request or a plan file names (by id, else by name) and checks the link:
/// a person may align a plan only to a parent they may read (another one is, to them, not there),
/// never to itself or to one of its own descendants, and only to a strategy or goal the parent has.
/// </summary>
internal static class PlanParents
{
    /// <summary>
    /// The parent <paramref name="input"/> names, checked; null when it names none.
    /// With <paramref name="keepUnknown"/> (an import), a plan that cannot be found is kept by its
    /// name and its keys as written, for the critique to report (GP603); otherwise it is refused.
    /// </summary>
    /// <param name="self">The plan being changed; null while it is being created.</param>
    public static async Task<PlanParent?> ResolveAsync(
        GameplanDbContext db, ParentInput? input, int? self, Actor? actor, bool keepUnknown, CancellationToken ct)
    {
        var named = input?.Plan?.Trim();
        if (string.IsNullOrEmpty(named))
        {
            return !string.IsNullOrWhiteSpace(input?.Strategy) || !string.IsNullOrWhiteSpace(input?.Goal)
                ? throw new DomainRuleException("Name the parent plan whose strategy or goal this plan carries out.", "parent.plan")
                : null;
        }
        var strategy = Key(input!.Strategy);
        var goal = Key(input.Goal);
        var parentId = await FindAsync(db, named, actor, keepUnknown, ct);
        if (parentId is null)
        {
            return keepUnknown
                ? new PlanParent(null, named, strategy, goal)
                : throw new DomainRuleException($"There is no plan '{named}' that you can see.", "parent.plan");
        }
        if (self is { } me)
        {
            await EnsureNotDescendantAsync(db, parentId.Value, me, ct);
        }
        if (!keepUnknown)
        {
            var keys = await db.Plans.Where(p => p.Id == parentId)
                .Select(p => new { Name = p.Name, Strategies = p.Strategies.Select(s => s.Key).ToList(), Goals = p.Goals.Select(g => g.Key).ToList() })
                .FirstAsync(ct);
            if (strategy is not null && !keys.Strategies.Contains(strategy, StringComparer.OrdinalIgnoreCase))
            {
                throw new DomainRuleException($"Plan '{keys.Name}' has no strategy '{strategy}'.", "parent.strategy");
            }
            if (goal is not null && !keys.Goals.Contains(goal, StringComparer.OrdinalIgnoreCase))
            {
                throw new DomainRuleException($"Plan '{keys.Name}' has no goal '{goal}'.", "parent.goal");
            }
        }
        return new PlanParent(parentId, null, strategy, goal);
    }

    /// <summary>Refuses a contribution to a parent goal the plan's parent does not have (the app; an import keeps it for GP603).</summary>
    public static async Task EnsureContributionAsync(GameplanDbContext db, StrategicPlan plan, GoalFields fields, CancellationToken ct)
    {
        if (fields.ContributesTo is not { } key)
        {
            return;
        }
        if (plan.ParentPlanId is not { } parentId)
        {
            throw new DomainRuleException("The plan carries out no parent plan yet: choose its parent before contributing to a parent goal.", "contributes_to.goal");
        }
        var parent = await db.Plans.Where(p => p.Id == parentId).Select(p => new { p.Name, Goals = p.Goals.Select(g => g.Key).ToList() }).FirstAsync(ct);
        if (!parent.Goals.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new DomainRuleException($"The parent plan '{parent.Name}' has no goal '{key.Trim()}'.", "contributes_to.goal");
        }
    }

    /// <summary>The name of each parent plan by id, for showing the links.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(GameplanDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Plans.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    /// <summary>
    /// The plan named by its id or, failing that, its name (one match; several are ambiguous: refused,
    /// or for an import kept by name), among those <paramref name="actor"/> may read.
    /// </summary>
    private static async Task<int?> FindAsync(GameplanDbContext db, string named, Actor? actor, bool keepUnknown, CancellationToken ct)
    {
        var id = int.TryParse(named, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var lower = named.ToLowerInvariant();
        var candidates = await db.ListAsync(db.Plans.Where(p => p.Id == id || p.Name.ToLower() == lower), ct);
        var visible = candidates.Where(c => c.ReadableBy(actor)).ToList();
        if (visible.FirstOrDefault(c => c.Id == id) is { } byId)
        {
            return byId.Id;
        }
        var byName = visible.Where(c => string.Equals(c.Name.Trim(), named, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count switch
        {
            0 => null,
            1 => byName[0].Id,
            _ when keepUnknown => null,
            _ => throw new DomainRuleException($"Several plans are named '{named}': give the parent plan's id.", "parent.plan"),
        };
    }

    /// <summary>Refuses a parent that is the plan itself or carries it out, however far down (a loop would cover itself).</summary>
    private static async Task EnsureNotDescendantAsync(GameplanDbContext db, int parentId, int self, CancellationToken ct)
    {
        var seen = new HashSet<int>();
        for (int? at = parentId; at is { } current && seen.Add(current); at = await db.Plans.Where(p => p.Id == current).Select(p => p.ParentPlanId).FirstOrDefaultAsync(ct))
        {
            if (current == self)
            {
                throw new DomainRuleException("That plan carries this one out already: a plan cannot carry out its own child.", "parent.plan");
            }
        }
    }

    private static string? Key(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();
}
