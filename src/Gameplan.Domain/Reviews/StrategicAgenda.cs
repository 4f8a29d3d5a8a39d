using Gameplan.Domain.Alignment;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// The quarterly strategic review's agenda: each goal's progress and the plan's roll-up with the change since the previous
/// strategic review (from its snapshot's figures), the strategies that are still dreams (no tactics, no child plan carrying
/// them out), how far child plans cover the goals, and the risk radar now against then. Decisions due are added by the
/// caller (<see cref="ActionItemsSection.DecisionsDue"/>).
/// </summary>
public static class StrategicAgenda
{
    /// <param name="pace">The plan's pace report as of <paramref name="today"/> (goal progress and roll-up).</param>
    /// <param name="children">The plans that carry this one out.</param>
    /// <param name="coverage">How far the children cover each goal (the cascaded ones).</param>
    /// <param name="previousFigures">The previous held strategic review's figures; null when it kept none.</param>
    public static ReviewAgenda Build(PlanDocument plan, PaceReport pace, CritiqueReport critique, IReadOnlyList<PlanDocument> children,
        IReadOnlyList<GoalCoverage> coverage, DateOnly today, DateOnly? since, IReadOnlyDictionary<string, decimal>? previousFigures)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pace);
        ArgumentNullException.ThrowIfNull(critique);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(coverage);
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal? Then(string key) => previousFigures is not null && previousFigures.TryGetValue(key, out var value) ? value : null;

        var goals = new List<AgendaLine>();
        foreach (var (goal, index) in plan.Goals.Select((g, i) => (g, i)))
        {
            var key = $"goals[{AgendaText.Id(goal.Id, index)}]";
            var line = pace.Goals.ElementAtOrDefault(index);
            if (line?.Progress is { } progress)
            {
                figures[key] = progress;
            }
            goals.Add(new AgendaLine(goal.Title ?? key, key, Tone: Tone(line?.Progress, Then(key)), Value: line?.Progress, Previous: Then(key),
                Unit: "progress", Notes: line is null ? null : [line.Formula]));
        }
        if (pace.PlanProgress.Value is { } overall)
        {
            figures["plan"] = overall;
        }
        goals.Add(new AgendaLine("The plan (goals rolled up)", "plan", Tone: Tone(pace.PlanProgress.Value, Then("plan")), Value: pace.PlanProgress.Value,
            Previous: Then("plan"), Unit: "progress", Notes: [pace.PlanProgress.Formula]));

        var carried = children.Where(c => c.Parent?.Strategy is not null).Select(c => c.Parent!.Strategy!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dreams = plan.Strategies.Select((s, i) => (s, i))
            .Where(x => x.s.Tactics.Count == 0 && (x.s.Id is null || !carried.Contains(x.s.Id.Trim())))
            .Select(x => new AgendaLine(x.s.Statement ?? x.s.Id ?? "", $"strategies[{AgendaText.Id(x.s.Id, x.i)}]", Tone: AgendaTone.Warning,
                Notes: ["no tactics and no child plan carries it out: a strategy without a plan is a dream"]));

        var covered = coverage.Where(c => c.IsCascaded).Select(c =>
        {
            var title = plan.Goals.FirstOrDefault(g => string.Equals(g.Id?.Trim(), c.Goal.Trim(), StringComparison.OrdinalIgnoreCase))?.Title ?? c.Goal;
            return new AgendaLine(title, $"goals[{c.Goal}]", Tone: c.Ratio is { } r ? (r >= 1m ? AgendaTone.Good : r >= plan.Settings.Pace.AtRisk ? AgendaTone.Warning : AgendaTone.Bad) : AgendaTone.Neutral,
                Value: Numbers.RoundQuantity(c.Covered), Target: c.Target is { } t ? Numbers.RoundQuantity(t) : null,
                Notes: [AgendaText.Text($"{c.Contributions.Count} child plan(s) contribute")]);
        });

        var risks = critique.Risks.Select(r =>
        {
            var key = $"risk:{r.Id}";
            figures[key] = r.Score;
            var then = Then(key);
            return new AgendaLine(r.Id.Replace('_', ' '), Tone: then is { } before && r.Score > before ? AgendaTone.Bad : r.Score >= 50 ? AgendaTone.Warning : AgendaTone.Neutral,
                Value: r.Score, Previous: then, Unit: "score", Notes: r.Because.Count == 0 ? null : [$"because of {string.Join(", ", r.Because)}"]);
        });

        var sections = new List<AgendaSection>
        {
            new(AgendaSections.Goals, since is null ? "Goals: progress and roll-up" : AgendaText.Text($"Goals: progress and roll-up, change since {since:yyyy-MM-dd}"), "The plan has no goals.", goals),
            new(AgendaSections.Dreams, "Strategies with no tactics or child plans", "Every strategy has tactics or a child plan.", [.. dreams]),
            new(AgendaSections.Coverage, "Coverage of the goals by the plans that carry this one out", "No child plan contributes to a goal yet.", [.. covered]),
            new(AgendaSections.Risks, since is null ? "Risk radar" : "Risk radar: now against the previous strategic review", "No risk scored.", [.. risks]),
        };
        return new ReviewAgenda(ReviewKind.Strategic, today, since, sections, [.. critique.Findings.Select(AgendaText.Key).Distinct()], figures);
    }

    private static AgendaTone Tone(decimal? now, decimal? then) =>
        now is { } n && then is { } t ? (n > t ? AgendaTone.Good : n < t ? AgendaTone.Bad : AgendaTone.Neutral) : AgendaTone.Neutral;
}
