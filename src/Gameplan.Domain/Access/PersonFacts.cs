namespace Gameplan.Domain.Access;

/// <summary>What the access rules need to know about a person a change names: who they are and their team.</summary>
public sealed record PersonFacts(int Id, int? TeamId);
