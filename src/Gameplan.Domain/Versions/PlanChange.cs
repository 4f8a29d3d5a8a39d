namespace Gameplan.Domain.Versions;

public enum PlanChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>
/// One element that differs: where it is (its path in the newer plan; in the older one when removed), how, and
/// for a changed or moved element the fields that differ (a move names its old and new parent as <c>parent</c>).
/// </summary>
public sealed record PlanChange(string Path, PlanChangeKind Change, IReadOnlyList<FieldChange> Fields);

/// <summary>A field's value in the older and the newer plan; null where the plan leaves it out.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>How many elements were added, removed, changed and moved.</summary>
public sealed record PlanDiffSummary(int Added, int Removed, int Changed, int Moved)
{
    public int Total => Added + Removed + Changed + Moved;
}

/// <summary>The differences between two versions of a plan; empty when they are the same.</summary>
public sealed record PlanDiffResult(IReadOnlyList<PlanChange> Changes, PlanDiffSummary Summary)
{
    public bool Same => Changes.Count == 0;
}
