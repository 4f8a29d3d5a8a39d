namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP401: more strategies than <c>max_strategies</c> (inability to focus).</summary>
internal sealed class StrategyCountRule : CritiqueRule
{
    public override string Id => "GP401";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var (count, max) = (context.Plan.Strategies.Count, context.Settings.MaxStrategies);
        if (count > max)
        {
            yield return Report("strategies",
                $"Plan {CritiqueContext.Quote(context.Plan.Name, "plan")} has {count} strategies, more than {max}.",
                "Choose the few strategies that matter most; a plan that chases everything achieves little.");
        }
    }
}
