using Gameplan.Domain.Critique.Rules;

namespace Gameplan.Domain.Critique;

/// <summary>
/// Reads a plan with every critique rule of PLAN-FORMAT.md and scores the risk radar. Pure and
/// deterministic: time comes in as <c>today</c>, activity data as an optional log.
/// </summary>
public static class PlanCritic
{
    private static readonly CritiqueRule[] Rules =
    [
        new MissionRule(), new BackgroundRule(), new CustomerRule(), new MeasurableGoalsRule(),
        new GoalMeasurableRule(), new DriRule(), new StrategyTacticsRule(), new OrphanTacticRule(),
        new TacticOwnerRule(), new TacticTimelineRule(), new TacticResourcesRule(), new TacticActivityRule(),
        new StrategyGoalRule(), new UnservedGoalRule(),
        new StrategyAsGoalRule(), new StrategyAsTacticRule(), new TacticAsStrategyRule(),
        new PlanningWindowRule(), new TacticPeriodRule(), new TacticQuarterRule(), new StrategicReviewRule(),
        new TacticalReviewRule(), new NoReviewsRule(), new RepAuthorshipRule(), new AcknowledgementRule(),
        new StrategyCountRule(), new DriLoadRule(), new CapacityRule(), new UnknownPersonRule(),
        new PaceRule(), new IdleTacticRule(), new CheckInRule(),
        new CoverageRule(), new CarriedStrategyRule(), new ParentRule(), new ContributionUnitRule(),
        new FunnelCoverageRule(), new FunnelEntryRule(), new FunnelCapacityRule(), new FunnelRateRule(),
    ];

    /// <summary>The ids of the rules the critique runs, in id order.</summary>
    public static IReadOnlyList<string> RuleIds => [.. Rules.Select(rule => rule.Id).Order(StringComparer.Ordinal)];

    /// <summary>Critiques <paramref name="plan"/> as of <paramref name="today"/>.</summary>
    /// <param name="plan">The plan; missing parts are findings, never exceptions.</param>
    /// <param name="today">The day the time rules (GP3xx, GP5xx) measure from.</param>
    /// <param name="activities">Logged activity for the pace rules; none given means they do not run.</param>
    /// <param name="family">The parent and child plans for the cascade rules (GP601-GP604); none given means they do not run.</param>
    /// <param name="checkIns">The people's weekly check-ins for GP503 (active plans only); none given means it does not run.</param>
    public static CritiqueReport Critique(PlanDocument plan, DateOnly today, ActivityFacts? activities = null, PlanFamily? family = null, CheckInFacts? checkIns = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new CritiqueContext(plan, today, activities, family) { CheckIns = checkIns };
        var findings = Rules
            .SelectMany(rule => rule.Check(context))
            .OrderBy(finding => finding.Severity)
            .ThenBy(finding => finding.Path, StringComparer.Ordinal)
            .ThenBy(finding => finding.Rule, StringComparer.Ordinal)
            .ToList();
        var summary = new CritiqueSummary(
            findings.Count(finding => finding.Severity == FindingSeverity.Error),
            findings.Count(finding => finding.Severity == FindingSeverity.Warning),
            findings.Count(finding => finding.Severity == FindingSeverity.Info));
        return new CritiqueReport(plan.Name, findings, RiskRadar.Score(findings, plan), summary);
    }
}
