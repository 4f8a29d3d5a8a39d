namespace Gameplan.Domain.Classification;

/// <summary>What a plan statement is: the result, the chosen way to win, or an action.</summary>
public enum StatementKind
{
    /// <summary>A result to reach: "Increase sales by 50% this year".</summary>
    Goal,

    /// <summary>A choice of where and how to win: "Focus on enterprise healthcare clients".</summary>
    Strategy,

    /// <summary>A concrete, usually time-bound action: "Spend an hour prospecting each day".</summary>
    Tactic,
}
