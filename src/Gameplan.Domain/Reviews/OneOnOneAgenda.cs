using Gameplan.Domain.Activities;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// A one-on-one's agenda: the person's commitments and pace on the plans under way, the previous one-on-one's notes, and
/// what changed in their plan since it (the version diff). Their recent check-ins join as <see cref="AgendaSections.CheckIns"/>
/// (added by the check-ins feature with <see cref="ReviewAgenda.With"/>); open action items and talking points either side
/// are added by the caller.
/// </summary>
public static class OneOnOneAgenda
{
    /// <param name="person">The coached person's handle.</param>
    /// <param name="plans">The plans whose commitments bind the person (their own and their team's), with the activity logged.</param>
    /// <param name="previous">The previous one-on-one of the series: its day and notes; null when this is the first.</param>
    /// <param name="changes">What changed in the person's plan since the previous one-on-one; null when there is nothing to compare.</param>
    public static ReviewAgenda Build(string person, IReadOnlyList<PlanDocument> plans, ActivityFacts facts, DateOnly today,
        (DateOnly Date, string? Notes)? previous, IReadOnlyList<PlanChange>? changes)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(facts);
        var commitments = plans.SelectMany(plan =>
        {
            var paths = AgendaText.Tactics(plan).ToList();
            return PaceCalculator.Of(plan, facts, today)
                .Where(p => string.Equals(p.Person.Trim(), person.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(p =>
                {
                    var placed = paths.FirstOrDefault(t => string.Equals(t.Tactic.Id?.Trim(), p.TacticId?.Trim(), StringComparison.OrdinalIgnoreCase));
                    var label = AgendaText.Text($"{MetricNames.Words(p.Metric)}{(placed.Tactic?.Action is { } action ? $": {action}" : "")}{(plans.Count > 1 ? $" ({plan.Name})" : "")}");
                    var notes = p.Status is PaceStatus.AtRisk or PaceStatus.OffTrack
                        ? AgendaText.Reasons(p, facts.LastDay(p.Person, p.Metric, p.Start, today, p.TacticId), today, TacticalAgenda.IdleDays)
                        : p.ProjectedTotal is { } projected ? [AgendaText.Text($"on pace for {Numbers.Format(projected, 1)} of {Numbers.Format(p.TargetTotal, 1)}")] : [];
                    return new AgendaLine(label, placed.Path, p.Person, AgendaText.Tone(p.Status), Numbers.RoundQuantity(p.ActualToDate),
                        Numbers.RoundQuantity(p.TargetToDate), Unit: p.Unit ?? p.Metric, Notes: notes);
                });
        }).ToList();
        var notes = previous is { } before
            ? new AgendaLine(string.IsNullOrWhiteSpace(before.Notes) ? "No notes were written." : before.Notes.Trim(),
                Notes: [AgendaText.Text($"one-on-one of {before.Date:yyyy-MM-dd}")])
            : null;
        var diff = (changes ?? []).Select(c => new AgendaLine(AgendaText.Text($"{c.Change.ToString().ToLowerInvariant()}: {c.Path}"), c.Path,
            Tone: c.Change == PlanChangeKind.Removed ? AgendaTone.Warning : AgendaTone.Neutral,
            Notes: [.. c.Fields.Select(f => $"{f.Field}: {f.Old ?? "—"} → {f.New ?? "—"}")]));
        var sections = new List<AgendaSection>
        {
            new(AgendaSections.Commitments, "Their commitments and pace", "No commitment binds them on a plan under way.", commitments),
            new(AgendaSections.PreviousNotes, "Notes of the previous one-on-one", "This is their first one-on-one.", notes is null ? [] : [notes]),
            new(AgendaSections.PlanChanges, previous is null ? "What changed in their plan" : AgendaText.Text($"What changed in their plan since {previous.Value.Date:yyyy-MM-dd}"),
                changes is null ? "No earlier version of their plan to compare with." : "Nothing changed.", [.. diff]),
        };
        return new ReviewAgenda(ReviewKind.OneOnOne, today, previous?.Date, sections, [], new Dictionary<string, decimal>());
    }
}
