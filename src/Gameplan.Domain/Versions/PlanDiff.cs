namespace Gameplan.Domain.Versions;

/// <summary>
/// Compares two versions of a plan element by element. Elements match by kind and key under the same parent
/// (tactics, whose keys are plan-wide, anywhere), so order alone is no change; a renamed key is the element
/// removed and another added. An added or removed element is one change: its children are not listed again.
/// </summary>
public static class PlanDiff
{
    public static PlanDiffResult Compare(PlanNode older, PlanNode newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Flatten(older);
        var after = Flatten(newer);
        var changes = new List<PlanChange>();
        foreach (var (identity, now) in after)
        {
            if (!before.TryGetValue(identity, out var was))
            {
                // A child of an added element came with it.
                if (now.ParentIdentity is not { } parent || before.ContainsKey(parent))
                {
                    changes.Add(new PlanChange(now.Path, PlanChangeKind.Added, []));
                }
                continue;
            }
            var fields = FieldChanges(was.Node.Fields, now.Node.Fields);
            // Only an element that matches anywhere can change parents; the others' identity includes the parent.
            if (was.ParentIdentity != now.ParentIdentity)
            {
                changes.Add(new PlanChange(now.Path, PlanChangeKind.Moved, [new FieldChange("parent", was.ParentPath, now.ParentPath), .. fields]));
            }
            else if (fields.Count > 0)
            {
                changes.Add(new PlanChange(now.Path, PlanChangeKind.Changed, fields));
            }
        }
        foreach (var (identity, was) in before)
        {
            // A child of a removed element went with it; one whose parent stayed was removed on its own.
            if (!after.ContainsKey(identity) && (was.ParentIdentity is not { } parent || after.ContainsKey(parent)))
            {
                changes.Add(new PlanChange(was.Path, PlanChangeKind.Removed, []));
            }
        }
        var count = (PlanChangeKind kind) => changes.Count(c => c.Change == kind);
        return new PlanDiffResult(changes, new PlanDiffSummary(count(PlanChangeKind.Added), count(PlanChangeKind.Removed), count(PlanChangeKind.Changed), count(PlanChangeKind.Moved)));
    }

    private sealed record Entry(PlanNode Node, string Path, string ParentPath, string? ParentIdentity);

    /// <summary>Every node by its identity, in the plan's order; the root is <c>plan</c> and its children's paths start afresh.</summary>
    private static Dictionary<string, Entry> Flatten(PlanNode root)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var rootIdentity = root.Segment;
        entries[rootIdentity] = new Entry(root, root.Segment, "", null);
        Walk(root, rootIdentity, "", entries);
        return entries;
    }

    private static void Walk(PlanNode parent, string parentIdentity, string parentPath, Dictionary<string, Entry> entries)
    {
        foreach (var child in parent.Children)
        {
            var segment = child.Segment;
            var path = parentPath.Length == 0 ? segment : $"{parentPath}.{segment}";
            var identity = child.MatchesAnywhere ? segment : $"{parentIdentity}.{segment}";
            // The same key twice (a hand-edited file): the second is told apart by its place among them.
            for (var occurrence = 2; entries.ContainsKey(identity); occurrence++)
            {
                var numbered = $"{segment}#{occurrence}";
                identity = child.MatchesAnywhere ? numbered : $"{parentIdentity}.{numbered}";
                path = parentPath.Length == 0 ? numbered : $"{parentPath}.{numbered}";
            }
            entries[identity] = new Entry(child, path, parentPath.Length == 0 ? "plan" : parentPath, parentIdentity);
            Walk(child, identity, path, entries);
        }
    }

    private static List<FieldChange> FieldChanges(IReadOnlyList<PlanField> older, IReadOnlyList<PlanField> newer)
    {
        var was = older.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var now = newer.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return newer.Select(f => f.Name).Concat(older.Select(f => f.Name)).Distinct(StringComparer.Ordinal)
            .Select(name => new FieldChange(name, was.GetValueOrDefault(name), now.GetValueOrDefault(name)))
            .Where(change => !string.Equals(change.Old, change.New, StringComparison.Ordinal))
            .ToList();
    }
}
