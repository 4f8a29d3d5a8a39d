namespace Gameplan.Domain.Critique;

/// <summary>A tactic as written in a plan file: a concrete action with an owner, a timeline and activities.</summary>
public sealed record TacticDocument
{
    public string? Id { get; init; }

    public string? Action { get; init; }

    /// <summary>A person's handle, <c>team</c> (everyone in the plan's team), or null when not stated.</summary>
    public string? Owner { get; init; }

    /// <summary>Handles of the people who drafted the tactic.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Start { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>Tools and resources: null means not stated, empty means none needed.</summary>
    public IReadOnlyList<string>? Resources { get; init; }

    /// <summary>One-off effort in hours besides the activities, spread over the tactic's weeks.</summary>
    public decimal? EffortHours { get; init; }

    public IReadOnlyList<ActivityDocument> Activities { get; init; } = [];

    /// <summary>Handles of the people who acknowledged their commitment.</summary>
    public IReadOnlyList<string> AcknowledgedBy { get; init; } = [];
}
