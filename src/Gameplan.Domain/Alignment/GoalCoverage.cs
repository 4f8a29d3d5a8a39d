namespace Gameplan.Domain.Alignment;

/// <summary>
/// How much of a goal's target the child plans' contributions cover ("the team plans cover 112 of
/// 140, 80%"). Only contributions in the goal's own unit count.
/// </summary>
/// <param name="Goal">The parent goal's id.</param>
/// <param name="Target">The parent goal's target; null when it has none (nothing to cover).</param>
/// <param name="Covered">The sum of the counted contributions.</param>
/// <param name="Contributions">Every contribution, counted or not, in the children's order.</param>
public sealed record GoalCoverage(string Goal, decimal? Target, decimal Covered, IReadOnlyList<Contribution> Contributions)
{
    /// <summary>Covered over target; null without a positive target.</summary>
    public decimal? Ratio => Target is > 0m ? Covered / Target.Value : null;

    /// <summary>The ratio as a whole percentage, by <see cref="Numbers.Percent"/>.</summary>
    public decimal? Percent => Ratio is { } ratio ? Numbers.Percent(ratio) : null;

    /// <summary>True when at least one child plan contributes to the goal, in its unit or not.</summary>
    public bool IsCascaded => Contributions.Count > 0;
}
