namespace Gameplan.Domain.Critique;

/// <summary>
/// The elements a critique rule checks: the denominator of its share in the risk radar
/// (see <see cref="RiskRadar"/>). The whole plan counts as one element.
/// </summary>
[Flags]
public enum RiskScope
{
    /// <summary>The plan as a whole (a missing mission, no reviews, the funnel's rates): one element.</summary>
    Plan = 1,

    /// <summary>Each goal.</summary>
    Goals = 2,

    /// <summary>Each strategy.</summary>
    Strategies = 4,

    /// <summary>Each tactic, under a strategy or not.</summary>
    Tactics = 8,

    /// <summary>Each person the plan lists.</summary>
    People = 16,
}
