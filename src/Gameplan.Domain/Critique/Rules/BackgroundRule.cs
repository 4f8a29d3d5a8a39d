namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP102: the background lacks the current or the desired position.</summary>
internal sealed class BackgroundRule : CritiqueRule
{
    public override string Id => "GP102";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        var missing = new[] { (plan.BackgroundCurrent, "where the business stands now"), (plan.BackgroundDesired, "where it wants to be") }
            .Where(part => CritiqueContext.IsBlank(part.Item1))
            .Select(part => part.Item2)
            .ToList();
        if (missing.Count > 0)
        {
            yield return Report("plan", $"The background of plan {CritiqueContext.Quote(plan.Name, "plan")} does not say {string.Join(" or ", missing)}.",
                "Describe the current position and the desired one, so everyone sees the gap the plan closes.");
        }
    }
}
