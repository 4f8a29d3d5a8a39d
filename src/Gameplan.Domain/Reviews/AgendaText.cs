using System.Globalization;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Reviews;

/// <summary>Shared wording and addressing of agenda lines.</summary>
internal static class AgendaText
{
    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A finding as the next review remembers it: its rule and path.</summary>
    public static string Key(Finding finding) => $"{finding.Rule} {finding.Path}";

    public static string Id(string? id, int index) => string.IsNullOrWhiteSpace(id) ? index.ToString(CultureInfo.InvariantCulture) : id.Trim();

    /// <summary>Every tactic with its path (<c>strategies[s1].tactics[t2]</c>, <c>tactics[t9]</c>), strategies' first.</summary>
    public static IEnumerable<(TacticDocument Tactic, string Path)> Tactics(PlanDocument plan) =>
        plan.Strategies.SelectMany((s, i) => s.Tactics.Select((t, j) => (t, $"strategies[{Id(s.Id, i)}].tactics[{Id(t.Id, j)}]")))
            .Concat(plan.Tactics.Select((t, j) => (t, $"tactics[{Id(t.Id, j)}]")));

    public static AgendaTone Tone(PaceStatus status) => status switch
    {
        PaceStatus.OnTrack => AgendaTone.Good,
        PaceStatus.AtRisk => AgendaTone.Warning,
        PaceStatus.OffTrack => AgendaTone.Bad,
        _ => AgendaTone.Neutral,
    };

    /// <summary>Why a person is behind, in words a manager can bring to the review (as the off-pace list says it).</summary>
    public static IReadOnlyList<string> Reasons(CommitmentPace pace, DateOnly? last, DateOnly today, int idleDays) =>
        PaceReasons.Of(pace, last, today, idleDays);
}
