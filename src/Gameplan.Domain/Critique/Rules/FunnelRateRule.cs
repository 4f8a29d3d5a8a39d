using Gameplan.Domain.Funnels;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP614: an assumed conversion rate is far above the one the team's logged activity shows (see
/// <see cref="MeasuredRate.IsFarAbove"/>): an over-estimation of the people's competence that makes
/// every required volume look smaller than it is. Needs activity data and a reliable sample.
/// </summary>
internal sealed class FunnelRateRule : CritiqueRule
{
    public override string Id => "GP614";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Activities is not { } facts || context.Plan.Funnel is not { } funnel || FunnelCheck.Errors(funnel).Count > 0)
        {
            yield break;
        }
        var people = context.Plan.People.Select(person => person.Handle?.Trim()).OfType<string>()
            .Where(handle => handle.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rates = FunnelLearning.Rates(funnel, facts, people, context.Today, perPerson: false);
        for (var step = 0; step < rates.Count; step++)
        {
            var rate = rates[step];
            if (!rate.IsFarAbove)
            {
                continue;
            }
            yield return Report(FormattableString.Invariant($"funnel.stages[{step}]"), FormattableString.Invariant(
                $"The funnel assumes {Numbers.Percent(rate.Assumed)}% of {rate.From} reach {rate.To}, but the last {FunnelLearning.WindowDays} days show {Numbers.Percent(rate.Measured!.Value)}% ({Numbers.Format(rate.Converted, 0, grouped: true)} of {Numbers.Format(rate.Sample, 0, grouped: true)}; 95% interval {Numbers.Percent(rate.Low!.Value)}-{Numbers.Percent(rate.High!.Value)}%)."),
                "Plan with the measured rate, or add a tactic that improves this conversion and measure it.");
        }
    }
}
