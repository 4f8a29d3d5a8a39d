namespace Gameplan.Domain.Plans;

/// <summary>A measurable activity commitment: <paramref name="Target"/> units of <paramref name="Metric"/> per <paramref name="Per"/>.</summary>
/// <param name="Metric">The activity measured, e.g. <c>calls</c> or <c>prospecting_minutes</c>.</param>
/// <param name="Unit">count, minutes, hours, ...</param>
/// <param name="NamedAssigneeIds">The people, when <paramref name="Assignees"/> is <see cref="AssigneeMode.Named"/>.</param>
public sealed record CommitmentFields(
    string Metric,
    string Unit,
    decimal Target,
    CommitmentPer Per,
    AssigneeMode Assignees,
    IReadOnlyList<int> NamedAssigneeIds);
