namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP308: an assignee of a tactic's activity commitments has not acknowledged them.</summary>
internal sealed class AcknowledgementRule : CritiqueRule
{
    public override string Id => "GP308";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var placed in context.Tactics)
        {
            var acknowledged = placed.Tactic.AcknowledgedBy.Select(handle => handle.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = placed.Tactic.Activities
                .SelectMany(activity => context.Assignees(placed.Tactic, activity))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(handle => !acknowledged.Contains(handle))
                .ToList();
            if (missing.Count > 0)
            {
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} has commitments not acknowledged by {string.Join(", ", missing)}.",
                    "Ask each assignee to read and acknowledge the commitment; a commitment no one agreed to will not be kept.");
            }
        }
    }
}
