using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Alignment;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Alignment;

/// <summary>
/// The cascade as people read it: which plans may be a plan's parent, how far a plan's children cover
/// its goals, and the alignment tree from the organisation's goals down to the reps' commitments.
/// </summary>
public sealed class AlignmentQueries(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The alignment tree: from <paramref name="root"/> (or from every plan that carries out no plan
    /// <paramref name="actor"/> may read, newest period first) down through the plans that carry each
    /// strategy out, with owner, status, progress and pace at each node, as of the organisation's today.
    /// Plans the actor may not read are left out (their children then start trees of their own).
    /// </summary>
    public async Task<IReadOnlyList<AlignmentNode>> TreeAsync(Actor? actor, int? root = null, CancellationToken ct = default)
    {
        var heads = await db.ListAsync(db.Plans, ct);
        var visible = heads.Where(h => h.ReadableBy(actor)).ToDictionary(h => h.Id);
        if (root is { } start && !visible.ContainsKey(start))
        {
            throw new NotFoundException($"Plan {start}");
        }
        var wanted = root is { } from ? Descendants(from, visible.Values.ToLookup(h => h.ParentPlanId, h => h.Id)) : [.. visible.Keys];
        var details = await new PlanQueries(db).GetManyAsync(wanted, ct);
        var settings = await Organizations.OrganizationQueries.LoadAsync(db, ct);
        var documents = await Pace.StoredPlanDocuments.ForManyAsync(db, details, settings, ct);
        var today = await new Organizations.OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var reports = await Pace.AggregateFacts.ComputeAsync(db, new Activities.ActivityQueries(db),
            facts => documents.Select(d => PlanPace.Report(d, facts, today)).ToList(), ct);
        var plans = details.Select((plan, i) => (plan, documents[i], reports[i])).ToDictionary(p => p.plan.Id, p => (p.plan, p.Item2, p.Item3));
        var roots = root is { } only ? [only]
            : visible.Values.Where(h => h.ParentPlanId is not { } parent || !visible.ContainsKey(parent))
                .OrderByDescending(h => h.PeriodStart).ThenBy(h => h.Name).Select(h => h.Id).ToList();
        return AlignmentTrees.Build(plans, roots);
    }

    private static List<int> Descendants(int root, ILookup<int?, int> children)
    {
        var all = new List<int>();
        var seen = new HashSet<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (seen.Add(id))
            {
                all.Add(id);
                foreach (var child in children[id])
                {
                    queue.Enqueue(child);
                }
            }
        }
        return all;
    }

    /// <summary>
    /// The plans <paramref name="actor"/> may name as the parent of plan <paramref name="self"/> (null: a new
    /// plan): those they may read, but never the plan itself or a plan that carries it out, however far down.
    /// </summary>
    public async Task<IReadOnlyList<ParentChoice>> ParentChoicesAsync(Actor? actor, int? self, CancellationToken ct = default)
    {
        var plans = await db.ListAsync(db.Plans, ct);
        var parentOf = plans.ToDictionary(p => p.Id, p => p.ParentPlanId);
        var allowed = plans
            .Where(p => p.ReadableBy(actor))
            .Where(p => self is not { } me || !CarriesOut(p.Id, me, parentOf))
            .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Scope).ThenBy(p => p.Name)
            .ToList();
        var ids = allowed.Select(p => p.Id).ToList();
        var strategies = (await db.Plans.Where(p => ids.Contains(p.Id)).SelectMany(p => p.Strategies).AsNoTracking()
            .OrderBy(s => s.Position).Select(s => new { s.PlanId, s.Key, s.Statement }).ToListAsync(ct)).ToLookup(s => s.PlanId);
        var goals = (await db.Plans.Where(p => ids.Contains(p.Id)).SelectMany(p => p.Goals).AsNoTracking()
            .OrderBy(g => g.Id).Select(g => new { g.PlanId, g.Key, g.Title, g.Unit, g.Target }).ToListAsync(ct)).ToLookup(g => g.PlanId);
        return [.. allowed.Select(p => new ParentChoice(p.Id, p.Name, p.Scope, p.PeriodStart, p.PeriodEnd,
            [.. strategies[p.Id].Select(s => new ParentElement(s.Key, s.Statement))],
            [.. goals[p.Id].Select(g => new ParentElement(g.Key, g.Title, g.Unit, g.Target))]))];
    }

    /// <summary>The goals of plan <paramref name="planId"/>'s parent, which its goals may contribute to; none without a stored parent.</summary>
    public async Task<IReadOnlyList<ParentElement>> ParentGoalsAsync(int planId, CancellationToken ct = default)
    {
        var parentId = await db.Plans.Where(p => p.Id == planId).Select(p => p.ParentPlanId).FirstOrDefaultAsync(ct);
        return parentId is null ? [] : await db.Plans.Where(p => p.Id == parentId).SelectMany(p => p.Goals).AsNoTracking()
            .OrderBy(g => g.Id).Select(g => new ParentElement(g.Key, g.Title, g.Unit, g.Target)).ToListAsync(ct);
    }

    /// <summary>How far plan <paramref name="planId"/>'s child plans cover its goals, and the children (those <paramref name="actor"/> may not read without their names).</summary>
    public async Task<PlanCoverage> CoverageAsync(int planId, Actor? actor, CancellationToken ct = default)
    {
        var children = (await db.ListAsync(db.Plans.Where(p => p.ParentPlanId == planId), ct))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        if (children.Count == 0)
        {
            return PlanCoverage.None;
        }
        var family = await StoredPlanFamilies.ForAsync(db, planId, null, ct);
        var readable = children.ToDictionary(c => c.Name, c => c.ReadableBy(actor), StringComparer.Ordinal);
        var goals = await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Goals).AsNoTracking().OrderBy(g => g.Id)
            .Select(g => new GoalDocument { Id = g.Key, Title = g.Title, Unit = g.Unit, Target = g.Target }).ToListAsync(ct);
        var coverage = goals.Select(goal => Coverage.OfGoal(goal, family.Children))
            .Select(c => c with { Contributions = [.. c.Contributions.Select(x => readable.GetValueOrDefault(x.Plan ?? "", true) ? x : x with { Plan = "another plan", Goal = null, Title = null })] })
            .ToList();
        return new PlanCoverage(coverage, [.. children.Select(c => new ChildPlan(c.Id, c.Name, c.Scope, c.Status, c.ParentStrategyKey, c.ParentGoalKey,
            c.ReadableBy(actor)))]);
    }

    /// <summary>True when <paramref name="plan"/> is <paramref name="ancestor"/> or is carried out by it, following parents upwards.</summary>
    private static bool CarriesOut(int plan, int ancestor, Dictionary<int, int?> parentOf)
    {
        var seen = new HashSet<int>();
        for (int? at = plan; at is { } current && seen.Add(current); at = parentOf.GetValueOrDefault(current))
        {
            if (current == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
