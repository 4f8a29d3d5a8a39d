namespace Gameplan.Domain.Pace;

/// <summary>
/// How much of <paramref name="metric"/> <paramref name="person"/> logged from <paramref name="from"/>
/// to <paramref name="to"/> (both included) that counts towards a tactic. The app answers it from
/// its per person x metric x day (and month) aggregates, so pace never reads raw activity rows.
/// </summary>
/// <param name="person">A person's handle (compare case-insensitively).</param>
/// <param name="metric">An activity metric (compare case-insensitively).</param>
/// <param name="from">First day, inclusive.</param>
/// <param name="to">Last day, inclusive; before <paramref name="from"/> means an empty range (0).</param>
/// <param name="tacticId">
/// The tactic the total is for: activity logged against it plus activity logged against no tactic.
/// Null: everything logged, whatever its tactic.
/// </param>
public delegate decimal ActivityTotal(string person, string metric, DateOnly from, DateOnly to, string? tacticId);
