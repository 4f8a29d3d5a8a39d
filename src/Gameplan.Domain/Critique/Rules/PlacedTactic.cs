namespace Gameplan.Domain.Critique.Rules;

/// <summary>A tactic with where it sits: its path and its strategy (null for a plan-level tactic).</summary>
internal sealed record PlacedTactic(TacticDocument Tactic, string Path, StrategyDocument? Strategy)
{
    public string Label => CritiqueContext.Quote(Tactic.Action, Tactic.Id);
}
