using Gameplan.Domain.Alignment;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP604: a goal contributes to a parent goal measured in another unit (customers towards a revenue
/// goal); such a contribution covers nothing, because the two cannot be added.
/// </summary>
internal sealed class ContributionUnitRule : CritiqueRule
{
    public override string Id => "GP604";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Family?.Parent is not { } parent)
        {
            yield break;
        }
        for (var index = 0; index < context.Plan.Goals.Count; index++)
        {
            var goal = context.Plan.Goals[index];
            var target = parent.Goals.FirstOrDefault(g => Coverage.Names(g.Id, goal.ContributesTo?.Goal));
            if (target is null || Coverage.SameUnit(goal.Unit, target.Unit))
            {
                continue;
            }
            yield return Report(CritiqueContext.GoalPath(goal, index),
                $"Goal {CritiqueContext.Quote(goal.Title, goal.Id)} is measured in {Unit(goal.Unit)} but contributes to goal {CritiqueContext.Quote(target.Title, target.Id)} of '{parent.Name?.Trim()}', measured in {Unit(target.Unit)}; it covers nothing.",
                "Contribute from a goal in the parent goal's unit, or give this goal the parent goal's unit.");
        }
    }

    private static string Unit(string? unit) => CritiqueContext.IsBlank(unit) ? Coverage.DefaultUnit : unit!.Trim();
}
