namespace Gameplan.Domain.Critique;

/// <summary>
/// A goal's share of a goal of the parent plan (<c>contributes_to</c>): the parent goal's id and
/// the amount, in the parent goal's unit ("60 of the organisation's 140 new customers").
/// </summary>
public sealed record ContributionDocument
{
    /// <summary>The id of the parent plan's goal.</summary>
    public string? Goal { get; init; }

    /// <summary>How much of the parent goal this goal delivers, in the parent goal's unit; null when not stated.</summary>
    public decimal? Amount { get; init; }
}
