namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP302: a tactic starts before or is due after the plan period.</summary>
internal sealed class TacticPeriodRule : CritiqueRule
{
    public override string Id => "GP302";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var (periodStart, periodEnd) = (context.Plan.PeriodStart, context.Plan.PeriodEnd);
        foreach (var placed in context.Tactics)
        {
            var dates = new[] { placed.Tactic.Start, placed.Tactic.Due }.OfType<DateOnly>();
            if (dates.Any(date => date < periodStart || date > periodEnd))
            {
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} falls outside the plan period {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd}.",
                    "Move its dates into the period, or put it in the plan for the period it belongs to.");
            }
        }
    }
}
