namespace Gameplan.Domain.Critique;

/// <summary>
/// Scores the eight classic reasons plans fail from a plan's findings. Each rule adds a fixed
/// weight to one or more reasons per finding (see <see cref="RiskWeights"/>); an info finding
/// adds half, a warning of a rule that can also be an error (GP403, GP501) adds 60%. Scores are
/// rounded and capped at 100; <see cref="RiskScore.Because"/> lists the rules that contributed.
/// </summary>
public static class RiskRadar
{
    /// <summary>The eight reasons, in the documented order.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "customer-understanding", "communication", "commitment", "resource-competence",
        "time-requirements", "coordination", "follow-through", "focus",
    ];

    /// <summary>One score per reason, in <see cref="Ids"/> order, including zeros.</summary>
    public static IReadOnlyList<RiskScore> Score(IEnumerable<Finding> findings)
    {
        var all = findings.ToList();
        return [.. Ids.Select(id => Score(id, all))];
    }

    private static RiskScore Score(string id, List<Finding> findings)
    {
        var contributions = findings
            .Select(finding => (finding.Rule, Points: RiskWeights.For(finding.Rule, id) * Factor(finding)))
            .Where(item => item.Points > 0)
            .ToList();
        var score = (int)Math.Min(100, Numbers.Round(contributions.Sum(item => item.Points), 0));
        var because = contributions.Select(item => item.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        return new RiskScore(id, score, because);
    }

    private static double Factor(Finding finding) => finding.Severity switch
    {
        FindingSeverity.Info => 0.5,
        FindingSeverity.Warning when RiskWeights.CanBeError(finding.Rule) => 0.6,
        _ => 1.0,
    };
}
