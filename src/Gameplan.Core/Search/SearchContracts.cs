using Gameplan.Domain.Plans;

namespace Gameplan.Core.Search;

/// <summary>A plan whose name holds every word.</summary>
public sealed record PlanHit(int Id, string Name, PlanScope Scope, PlanStatus Status, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>A goal (title or metric), strategy (statement) or tactic (action) holding every word, with its plan.</summary>
public sealed record ElementHit(int Id, string Key, string Text, int PlanId, string Plan);

/// <summary>A person whose name, handle or e-mail holds every word.</summary>
public sealed record PersonHit(int Id, string Handle, string Name, string? Email, string? Team, bool Active);

/// <summary>The first plans found, out of <paramref name="Total"/>.</summary>
public sealed record PlanHits(IReadOnlyList<PlanHit> Items, int Total);

/// <summary>The first goals, strategies or tactics found, out of <paramref name="Total"/>.</summary>
public sealed record ElementHits(IReadOnlyList<ElementHit> Items, int Total);

/// <summary>The first people found, out of <paramref name="Total"/>.</summary>
public sealed record PersonHits(IReadOnlyList<PersonHit> Items, int Total);

/// <summary>
/// What a search found, by kind, among what the reader may see. Each group holds at most
/// <see cref="SearchQueries.PerGroup"/> items; its total counts them all.
/// </summary>
public sealed record SearchResults(
    string Query,
    IReadOnlyList<string> Words,
    PlanHits Plans,
    ElementHits Goals,
    ElementHits Strategies,
    ElementHits Tactics,
    PersonHits People)
{
    public int Total => Plans.Total + Goals.Total + Strategies.Total + Tactics.Total + People.Total;
}
