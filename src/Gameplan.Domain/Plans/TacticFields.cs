namespace Gameplan.Domain.Plans;

/// <summary>What a tactic says: a concrete, time-bound action and who does it with what.</summary>
/// <param name="Key">Plan-unique key such as <c>t1</c>; null picks the next free one.</param>
/// <param name="AuthorIds">People who drafted the tactic (bottom-up participation).</param>
/// <param name="Resources">Tools or resources needed; empty means "none needed", null means "not stated".</param>
/// <param name="EffortHours">One-off effort in hours besides the recurring activities.</param>
public sealed record TacticFields(
    string? Key,
    string Action,
    TacticOwner Owner,
    IReadOnlyList<int> AuthorIds,
    DateOnly? Start,
    DateOnly? Due,
    IReadOnlyList<string>? Resources,
    decimal? EffortHours = null,
    TacticStatus Status = TacticStatus.Planned);
