namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP105: a goal lacks a metric, a target or a due date.</summary>
internal sealed class GoalMeasurableRule : CritiqueRule
{
    public override string Id => "GP105";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var (goal, index) in context.Plan.Goals.Select((goal, index) => (goal, index)))
        {
            var missing = new List<string>();
            if (CritiqueContext.IsBlank(goal.Metric)) missing.Add("metric");
            if (goal.Target is null) missing.Add("target");
            if (goal.Due is null) missing.Add("due date");
            if (missing.Count > 0)
            {
                yield return Report(CritiqueContext.GoalPath(goal, index),
                    $"Goal {CritiqueContext.Quote(goal.Title, goal.Id)} is not measurable: it has no {Words(missing)}.",
                    "State the metric, the target value and the date by which it must be reached.");
            }
        }
    }

    private static string Words(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} or {parts[^1]}";
}
