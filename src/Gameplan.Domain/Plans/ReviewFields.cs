namespace Gameplan.Domain.Plans;

/// <summary>A scheduled or held review of the plan.</summary>
/// <param name="PersonId">For a one-on-one, the person being coached.</param>
public sealed record ReviewFields(ReviewKind Kind, DateOnly Date, bool Held, string? Notes, int? PersonId = null);
