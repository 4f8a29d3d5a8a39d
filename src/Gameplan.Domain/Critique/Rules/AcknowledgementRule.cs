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
            // Each assignee once (case-insensitive, first spelling kept), in the order the activities name them.
            var missing = new List<string>();
            foreach (var activity in placed.Tactic.Activities)
            {
                foreach (var handle in context.Assignees(placed.Tactic, activity))
                {
                    // Someone the plan does not know cannot acknowledge anything: GP404 names them once.
                    if (!Acknowledged(placed.Tactic, handle) && !context.IsUnknownPerson(handle) && !CritiqueContext.ContainsName(missing, handle))
                    {
                        missing.Add(handle);
                    }
                }
            }
            if (missing.Count > 0)
            {
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} has commitments not acknowledged by {string.Join(", ", missing)}.",
                    "Ask each assignee to read and acknowledge the commitment; a commitment no one agreed to will not be kept.");
            }
        }
    }

    private static bool Acknowledged(TacticDocument tactic, string handle)
    {
        foreach (var by in tactic.AcknowledgedBy)
        {
            if (by.AsSpan().Trim().Equals(handle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
