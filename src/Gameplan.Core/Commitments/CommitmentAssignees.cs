using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Commitments;

/// <summary>
/// Whom each commitment of a stored plan binds, counted exactly as the pace engine and the critique
/// (GP308) count them: named people, the tactic's owner, or every member of the plan's team.
/// </summary>
internal static class CommitmentAssignees
{
    /// <summary>The handles one commitment of the plan binds; empty when the plan has no such commitment.</summary>
    public static async Task<IReadOnlyList<string>> HandlesAsync(GameplanDbContext db, PlanDetails plan, int commitmentId, CancellationToken ct)
    {
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        return Of(plan, document).Where(c => c.Commitment.Id == commitmentId).Select(c => c.Handles).FirstOrDefault() ?? [];
    }

    /// <summary>The handles each commitment of a stored plan binds, by commitment id, from one read of the plan's team.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ByCommitmentAsync(GameplanDbContext db, PlanDetails plan, CancellationToken ct)
    {
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        return Of(plan, document).ToDictionary(c => c.Commitment.Id, c => c.Handles);
    }

    /// <summary>The commitments of open tactics that bind the person and that they have not acknowledged yet, in plan order.</summary>
    public static IEnumerable<(TacticDetails Tactic, CommitmentDetails Commitment)> Awaiting(PlanDetails plan, PlanDocument document, string handle) =>
        Of(plan, document)
            .Where(c => c.Tactic.Status is not (TacticStatus.Done or TacticStatus.Dropped)
                && c.Handles.Contains(handle, StringComparer.OrdinalIgnoreCase)
                && !c.Commitment.AcknowledgedBy.Contains(handle, StringComparer.OrdinalIgnoreCase))
            .Select(c => (c.Tactic, c.Commitment));

    /// <summary>The commitments of open tactics (neither done nor dropped) that bind the person, acknowledged or not, in plan order.</summary>
    public static IEnumerable<(TacticDetails Tactic, CommitmentDetails Commitment)> Binding(PlanDetails plan, PlanDocument document, string handle) =>
        Of(plan, document)
            .Where(c => c.Tactic.Status is not (TacticStatus.Done or TacticStatus.Dropped) && c.Handles.Contains(handle, StringComparer.OrdinalIgnoreCase))
            .Select(c => (c.Tactic, c.Commitment));

    /// <summary>Each commitment of the plan with the handles it binds; the document lists a tactic's commitments in the same order.</summary>
    private static IEnumerable<(TacticDetails Tactic, CommitmentDetails Commitment, IReadOnlyList<string> Handles)> Of(PlanDetails plan, PlanDocument document)
    {
        var tactics = document.Strategies.SelectMany(s => s.Tactics).Concat(document.Tactics)
            .Where(t => t.Id is not null).DistinctBy(t => t.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(t => t.Id!, StringComparer.OrdinalIgnoreCase);
        foreach (var tactic in plan.AllTactics())
        {
            if (!tactics.TryGetValue(tactic.Key, out var written))
            {
                continue;
            }
            foreach (var (commitment, activity) in tactic.Commitments.Zip(written.Activities))
            {
                yield return (tactic, commitment, PaceCalculator.Assignees(document, written, activity));
            }
        }
    }
}
