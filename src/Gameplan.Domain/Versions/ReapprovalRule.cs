using Gameplan.Domain.Organizations;

namespace Gameplan.Domain.Versions;

/// <summary>
/// Which differences between an approved version and the plan now are changes to the plan, and whether they send
/// it back to review under the organisation's <see cref="Reapproval"/> rule. Observations are never changes:
/// goal measurements, acknowledgements of commitments, and the people section (a person's name or capacity is
/// the organisation's, not the plan's). Logged activity is not in the plan file at all.
/// </summary>
public static class ReapprovalRule
{
    private static readonly HashSet<string> Observed = ["acknowledged_by"];

    /// <summary>The differences that change the plan, with the observed fields left out of each.</summary>
    public static IReadOnlyList<PlanChange> Changes(PlanDiffResult diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var changes = new List<PlanChange>();
        foreach (var change in diff.Changes)
        {
            if (change.Path.StartsWith("people[", StringComparison.Ordinal) || change.Path.Contains("measurements[", StringComparison.Ordinal))
            {
                continue;
            }
            if (change.Change == PlanChangeKind.Changed)
            {
                var fields = change.Fields.Where(f => !Observed.Contains(f.Field)).ToList();
                if (fields.Count > 0)
                {
                    changes.Add(change with { Fields = fields });
                }
                continue;
            }
            changes.Add(change);
        }
        return changes;
    }

    /// <summary>True when <paramref name="rule"/> says these differences need the plan approved again.</summary>
    public static bool Needs(Reapproval rule, PlanDiffResult diff) => rule switch
    {
        Reapproval.None => false,
        Reapproval.Any => Changes(diff).Count > 0,
        _ => Changes(diff).Any(c => IsGoalOrStrategy(c.Path)),
    };

    /// <summary>A goal, or a strategy's own fields (statement, DRI, goals): <c>goals[g1]</c>, <c>strategies[s1]</c>, not <c>strategies[s1].tactics[t1]</c>.</summary>
    public static bool IsGoalOrStrategy(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith("goals[", StringComparison.Ordinal)
            || (path.StartsWith("strategies[", StringComparison.Ordinal) && !path.Contains("].", StringComparison.Ordinal));
    }
}
