namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP306: the plan schedules no reviews at all.</summary>
internal sealed class NoReviewsRule : CritiqueRule
{
    public override string Id => "GP306";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Plan.Reviews.Count == 0)
        {
            yield return Report("reviews", $"Plan {CritiqueContext.Quote(context.Plan.Name, "plan")} schedules no reviews.",
                "Schedule a strategic review at least every quarter and a tactical review every week or two.");
        }
    }
}
