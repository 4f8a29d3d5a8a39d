namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP106: a goal or strategy has no DRI, or several, or a team as DRI.</summary>
internal sealed class DriRule : CritiqueRule
{
    public override string Id => "GP106";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var goals = context.Plan.Goals.Select((goal, index) =>
            (CritiqueContext.GoalPath(goal, index), $"Goal {CritiqueContext.Quote(goal.Title, goal.Id)}", goal.Dri));
        var strategies = context.Plan.Strategies.Select((strategy, index) =>
            (CritiqueContext.StrategyPath(strategy, index), $"Strategy {CritiqueContext.Quote(strategy.Statement, strategy.Id)}", strategy.Dri));
        foreach (var (path, label, dri) in goals.Concat(strategies))
        {
            var problem = Problem(dri.Where(handle => !CritiqueContext.IsBlank(handle)).ToList());
            if (problem is not null)
            {
                yield return Report(path, $"{label} {problem}.",
                    "Name exactly one directly responsible individual: one person, not a team.");
            }
        }
    }

    private static string? Problem(List<string> dri) =>
        dri.Count == 0 ? "has no DRI"
        : dri.Count > 1 ? $"has {dri.Count} DRIs ({string.Join(", ", dri)})"
        : CritiqueContext.SameName(dri[0], CritiqueContext.Team) ? "has a team as DRI"
        : null;
}
