namespace Gameplan.Domain.Pace;

/// <summary>
/// The last day on or before <paramref name="onOrBefore"/> on which <paramref name="person"/>
/// logged a positive quantity of <paramref name="metric"/> that counts towards the tactic
/// (same counting as <see cref="ActivityTotal"/>); null when there is none.
/// </summary>
public delegate DateOnly? ActivityLastDay(string person, string metric, DateOnly onOrBefore, string? tacticId);
