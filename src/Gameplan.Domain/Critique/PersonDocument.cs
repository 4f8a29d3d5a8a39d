namespace Gameplan.Domain.Critique;

/// <summary>A person listed in a plan file's <c>people</c>.</summary>
public sealed record PersonDocument
{
    public string? Handle { get; init; }

    public string? Name { get; init; }

    /// <summary><c>executive</c>, <c>manager</c>, <c>rep</c>...</summary>
    public string? Role { get; init; }

    public string? Team { get; init; }

    /// <summary>Hours a week this person can give to plan work; null means unknown (no GP403).</summary>
    public decimal? CapacityHoursPerWeek { get; init; }
}
