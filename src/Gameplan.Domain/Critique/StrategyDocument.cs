namespace Gameplan.Domain.Critique;

/// <summary>A strategy as written in a plan file, with the tactics that carry it out.</summary>
public sealed record StrategyDocument
{
    public string? Id { get; init; }

    public string? Statement { get; init; }

    /// <summary>The DRI's handle(s): exactly one is right; none, several or <c>team</c> is GP106.</summary>
    public IReadOnlyList<string> Dri { get; init; } = [];

    /// <summary>Ids of the goals this strategy serves.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    public IReadOnlyList<TacticDocument> Tactics { get; init; } = [];
}
