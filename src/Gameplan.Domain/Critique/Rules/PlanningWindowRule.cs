namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP301: planning started later than the period start minus <c>planning_window_days</c>.</summary>
internal sealed class PlanningWindowRule : CritiqueRule
{
    public override string Id => "GP301";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        if (plan.Drafted is not { } drafted || plan.PeriodStart is not { } start)
        {
            yield break;
        }
        var latest = start.AddDays(-context.Settings.PlanningWindowDays);
        if (drafted > latest)
        {
            yield return Report("plan",
                $"Planning for {CritiqueContext.Quote(plan.Name, "plan")} started on {drafted:yyyy-MM-dd}, {start.DayNumber - drafted.DayNumber} days before the period, later than {latest:yyyy-MM-dd}.",
                $"Start planning at least {context.Settings.PlanningWindowDays} days before the period starts; set planning_window_days to your sales cycle.");
        }
    }
}
