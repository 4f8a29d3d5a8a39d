namespace Gameplan.Domain.Critique;

/// <summary>One logged activity: <paramref name="Quantity"/> of <paramref name="Metric"/> done by a person on a day.</summary>
/// <param name="Date">The day it was done.</param>
/// <param name="Person">The person's handle.</param>
/// <param name="Metric">The activity metric, as in <see cref="ActivityDocument.Metric"/>.</param>
/// <param name="Quantity">How much, in the activity's unit.</param>
/// <param name="TacticId">The tactic it counts towards; null counts it towards every tactic with that metric.</param>
public sealed record ActivityFact(DateOnly Date, string Person, string Metric, decimal Quantity, string? TacticId = null);
