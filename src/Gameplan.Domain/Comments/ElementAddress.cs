namespace Gameplan.Domain.Comments;

/// <summary>
/// A plan element named by its keys, as the critique and the diff print it: <c>plan</c>, <c>plan.mission</c>,
/// <c>goals[g1]</c>, <c>strategies[s1]</c>, <c>strategies[s1].tactics[t2]</c> (or <c>tactics[t2]</c>: tactic
/// keys are unique in a plan), <c>...tactics[t2].activities[calls]</c> (a commitment, by its metric).
/// </summary>
/// <param name="Answer">For <see cref="CommentElementKind.Answer"/>: the field as a plan file spells it (<c>customer.who</c>).</param>
/// <param name="Strategy">The strategy's key, when the path names one (a tactic's is optional).</param>
/// <param name="Metric">For a commitment: its metric.</param>
public sealed record ElementAddress(CommentElementKind Kind, string? Answer = null, string? Goal = null, string? Strategy = null, string? Tactic = null, string? Metric = null)
{
    /// <summary>The plan itself.</summary>
    public static ElementAddress Plan { get; } = new(CommentElementKind.Plan);
}
