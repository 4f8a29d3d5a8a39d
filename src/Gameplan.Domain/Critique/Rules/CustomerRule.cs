namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP103: who the customer is or what they value is unanswered (an inward-focused plan).</summary>
internal sealed class CustomerRule : CritiqueRule
{
    public override string Id => "GP103";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        var missing = new[] { (plan.CustomerWho, "who the customer is"), (plan.CustomerValues, "what the customer values") }
            .Where(part => CritiqueContext.IsBlank(part.Item1))
            .Select(part => part.Item2)
            .ToList();
        if (missing.Count > 0)
        {
            yield return Report("plan", $"Plan {CritiqueContext.Quote(plan.Name, "plan")} does not say {string.Join(" or ", missing)}, so it looks inward.",
                "Answer who your customer is and what they value before choosing strategies.");
        }
    }
}
