using Gameplan.Domain.Versions;

namespace Gameplan.Core.Versions;

/// <summary>A stored version of a plan: its number (1, 2, 3 per plan), why it was stored, who stored it, when, and the reason given.</summary>
public sealed record PlanVersionSummary(int Number, PlanVersionKind Kind, string By, DateTimeOffset At, string? Reason);

/// <summary>A stored version with its plan file (YAML, as <c>gameplan export</c> writes it).</summary>
public sealed record PlanVersionDetails(int Number, PlanVersionKind Kind, string By, DateTimeOffset At, string? Reason, string File);

/// <summary>
/// What changed between two versions, spelled as <c>gameplan diff --format json</c>:
/// <c>{"changes": [{"path", "change", "fields": [{"field", "old", "new"}]}], "summary": {"added", "removed", "changed", "moved"}}</c>.
/// </summary>
public sealed record VersionDiff(IReadOnlyList<PlanChange> Changes, VersionDiffSummary Summary)
{
    public static VersionDiff Of(PlanDiffResult diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return new VersionDiff(diff.Changes, new VersionDiffSummary(diff.Summary.Added, diff.Summary.Removed, diff.Summary.Changed, diff.Summary.Moved));
    }
}

/// <summary>How many elements were added, removed, changed and moved.</summary>
public sealed record VersionDiffSummary(int Added, int Removed, int Changed, int Moved);

/// <summary>One change as a page shows it: the element in words (<c>Goal g1</c>) and its title where it has one.</summary>
public sealed record VersionChangeLine(string Path, string Element, string? Title, PlanChangeKind Change, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// Two versions compared for people: <paramref name="From"/> and <paramref name="To"/> (null: the plan as it is now),
/// and the changes with their elements' titles.
/// </summary>
public sealed record VersionComparison(PlanVersionSummary From, PlanVersionSummary? To, IReadOnlyList<VersionChangeLine> Changes);
