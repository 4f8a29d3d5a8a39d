namespace Gameplan.Domain.Critique;

/// <summary>
/// What a team or personal plan carries out (<c>plan.parent</c>): a parent plan, named by its name
/// or id, and one of its strategies or goals (by id).
/// </summary>
public sealed record ParentDocument
{
    /// <summary>The parent plan's name, or its id in the app.</summary>
    public string? Plan { get; init; }

    /// <summary>The id of the parent plan's strategy this plan carries out.</summary>
    public string? Strategy { get; init; }

    /// <summary>The id of the parent plan's goal this plan carries out (when it names a goal rather than a strategy).</summary>
    public string? Goal { get; init; }
}
