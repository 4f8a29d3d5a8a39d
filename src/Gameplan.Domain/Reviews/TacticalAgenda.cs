using Gameplan.Domain.Activities;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// The weekly tactical review's agenda: each tactic under way and what was done for it since the previous tactical
/// review against what was due, the commitments at risk or off track and why, the tactics idle for 7 days (GP502), and
/// the critique findings the previous held review did not show. The open action items are added by the caller
/// (<see cref="ActionItemsSection"/>), they are records, not numbers of the plan.
/// </summary>
public static class TacticalAgenda
{
    /// <summary>Days without activity after which a commitment's reasons say so (as GP502 does for a tactic).</summary>
    public const int IdleDays = 7;

    /// <param name="since">The previous held tactical review's day; null when none (then "since" is the tactic's start).</param>
    /// <param name="previousFindingKeys">The finding keys the previous held review showed; null when it kept none (all findings are new).</param>
    public static ReviewAgenda Build(PlanDocument plan, ActivityFacts facts, IReadOnlyList<Finding> findings, DateOnly today, DateOnly? since,
        IReadOnlyCollection<string>? previousFindingKeys)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(findings);
        var now = PaceCalculator.Of(plan, facts, today);
        var then = since is { } day && day < today ? PaceCalculator.Of(plan, facts, day) : [];
        var sections = new List<AgendaSection>
        {
            new(AgendaSections.Pace, since is null ? "Tactics under way: done so far against due" : AgendaText.Text($"Tactics under way: done since {since:yyyy-MM-dd} against due"),
                "No tactic with activity commitments is under way.", [.. PaceLines(plan, now, then, today)]),
            new(AgendaSections.OffPace, "Off-pace commitments and why", "Every commitment is on pace.",
                [.. OffPace(plan, now, facts, today)]),
            new(AgendaSections.IdleTactics, "Tactics with no activity for 7 days", "Every tactic under way had activity in the last 7 days.",
                [.. findings.Where(f => f.Rule == "GP502").Select(f => new AgendaLine(f.Message, f.Path, Tone: AgendaTone.Warning))]),
            NewFindings(findings, previousFindingKeys),
        };
        return new ReviewAgenda(ReviewKind.Tactical, today, since, sections, [.. findings.Select(AgendaText.Key).Distinct()], new Dictionary<string, decimal>());
    }

    /// <summary>Findings whose rule and path the previous held review did not show; all of them when it kept none.</summary>
    public static AgendaSection NewFindings(IReadOnlyList<Finding> findings, IReadOnlyCollection<string>? previousFindingKeys)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var known = previousFindingKeys?.ToHashSet(StringComparer.Ordinal) ?? [];
        var lines = findings.Where(f => !known.Contains(AgendaText.Key(f)))
            .Select(f => new AgendaLine($"{f.Rule}: {f.Message}", f.Path,
                Tone: f.Severity switch { FindingSeverity.Error => AgendaTone.Bad, FindingSeverity.Warning => AgendaTone.Warning, _ => AgendaTone.Neutral },
                Notes: [f.Advice]));
        return new(AgendaSections.NewFindings, previousFindingKeys is null ? "Critique findings (no earlier held review to compare with)" : "Critique findings new since the previous review",
            "No new findings.", [.. lines]);
    }

    private static IEnumerable<AgendaLine> PaceLines(PlanDocument plan, IReadOnlyList<CommitmentPace> now, IReadOnlyList<CommitmentPace> then, DateOnly today)
    {
        foreach (var (tactic, path) in AgendaText.Tactics(plan))
        {
            var start = tactic.Start ?? plan.PeriodStart;
            var due = tactic.Due ?? plan.PeriodEnd;
            var mine = now.Where(p => Same(p.TacticId, tactic.Id)).ToList();
            if (mine.Count == 0 || start > today || due < today)
            {
                continue;
            }
            var before = then.Where(p => Same(p.TacticId, tactic.Id)).ToList();
            var done = mine.Sum(p => p.ActualToDate) - before.Sum(p => p.ActualToDate);
            var expected = mine.Sum(p => p.TargetToDate) - before.Sum(p => p.TargetToDate);
            var units = mine.Select(p => p.Unit ?? p.Metric).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var attainment = expected > 0m ? done / expected : (decimal?)null;
            yield return new AgendaLine(tactic.Action ?? tactic.Id ?? path, path, Tone: attainment is null ? AgendaTone.Neutral : AgendaText.Tone(PaceCalculator.Status(attainment, plan.Settings.Pace)),
                Value: Numbers.RoundQuantity(done), Target: Numbers.RoundQuantity(expected), Unit: units.Count == 1 ? units[0] : null,
                Notes: [.. mine.GroupBy(p => p.Metric, StringComparer.OrdinalIgnoreCase).Select(g => g.Key)]);
        }
    }

    private static IEnumerable<AgendaLine> OffPace(PlanDocument plan, IReadOnlyList<CommitmentPace> now, ActivityFacts facts, DateOnly today)
    {
        var paths = AgendaText.Tactics(plan).Where(t => t.Tactic.Id is not null).GroupBy(t => t.Tactic.Id!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return now.Where(p => p.Status is PaceStatus.AtRisk or PaceStatus.OffTrack)
            .OrderBy(p => p.Attainment).ThenBy(p => p.Person, StringComparer.Ordinal).ThenBy(p => p.Metric, StringComparer.Ordinal)
            .Select(p =>
            {
                var placed = p.TacticId is { } id && paths.TryGetValue(id.Trim(), out var t) ? t : default;
                var last = facts.LastDay(p.Person, p.Metric, p.Start, today, p.TacticId);
                return new AgendaLine(AgendaText.Text($"{p.Person}: {MetricNames.Words(p.Metric)}{(placed.Tactic?.Action is { } action ? $" ({action})" : "")}"), placed.Path, p.Person,
                    AgendaText.Tone(p.Status), Numbers.RoundQuantity(p.ActualToDate), Numbers.RoundQuantity(p.TargetToDate), Unit: p.Unit ?? p.Metric,
                    Notes: AgendaText.Reasons(p, last, today, IdleDays));
            });
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
