namespace Gameplan.Domain.Alignment;

/// <summary>One child plan's goal contributing to a parent goal.</summary>
/// <param name="Plan">The child plan's name.</param>
/// <param name="Goal">The child goal's id.</param>
/// <param name="Title">The child goal's title.</param>
/// <param name="Amount">The amount in the parent goal's unit: as stated, else the child goal's target.</param>
/// <param name="Counted">False when the child goal is measured in another unit (GP604): it covers nothing.</param>
public sealed record Contribution(string? Plan, string? Goal, string? Title, decimal Amount, bool Counted);
