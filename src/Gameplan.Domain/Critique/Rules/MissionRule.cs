namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP101: the plan states no mission.</summary>
internal sealed class MissionRule : CritiqueRule
{
    public override string Id => "GP101";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (CritiqueContext.IsBlank(context.Plan.Mission))
        {
            yield return Report("plan", $"Plan {CritiqueContext.Quote(context.Plan.Name, "plan")} has no mission.",
                "Say in one sentence whom the business serves and how it helps them.");
        }
    }
}
