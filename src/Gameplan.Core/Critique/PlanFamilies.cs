using Gameplan.Domain.Critique;

namespace Gameplan.Core.Critique;

/// <summary>Finds each plan's parent and children among a set of plans (several files given to <c>lint</c>).</summary>
internal static class PlanFamilies
{
    /// <summary>
    /// The family of each plan, in the same order (null for a plan that could not be read). A plan's
    /// parent is the first other plan whose name is the one its <c>parent.plan</c> gives (trimmed,
    /// ignoring case); its children are the plans whose parent it is.
    /// </summary>
    public static PlanFamily?[] Among(IReadOnlyList<PlanDocument?> plans)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i]?.Name is { } name && !string.IsNullOrWhiteSpace(name))
            {
                byName.TryAdd(name.Trim(), i);
            }
        }
        var parents = new int?[plans.Count];
        var children = new List<PlanDocument>?[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i]?.Parent?.Plan is { } named && byName.TryGetValue(named.Trim(), out var parent) && parent != i)
            {
                parents[i] = parent;
                (children[parent] ??= []).Add(plans[i]!);
            }
        }
        var families = new PlanFamily?[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i] is not null)
            {
                families[i] = new PlanFamily(parents[i] is { } p ? plans[p] : null, children[i] ?? []);
            }
        }
        return families;
    }
}
