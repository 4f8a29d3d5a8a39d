namespace Gameplan.Domain.Funnels;

/// <summary>A funnel input that cannot be modelled: the field at fault (plan-file spelling) and a sentence a user can act on.</summary>
/// <param name="Field">E.g. <c>funnel.stages[1].rate</c>, <c>funnel.cycle_days</c> or <c>goals[g1].unit</c>.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record FunnelError(string Field, string Message);

/// <summary>
/// Checks a funnel before any maths: at least two stages, each with a metric and none twice; every
/// stage but the last with a rate above 0 and at most 1 (a rate of 0 requires infinite activity, one
/// above 1 creates deals from nothing), the last with none; a positive deal value and a cycle of 0
/// days or more when stated; a three-letter currency when named.
/// </summary>
public static class FunnelCheck
{
    /// <summary>Every problem of <paramref name="funnel"/>, in field order; empty when it can be modelled.</summary>
    public static IReadOnlyList<FunnelError> Errors(FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var errors = new List<FunnelError>();
        if (funnel.DealValue is { } value && (value <= 0m || value > Funnel.MaxDealValue))
        {
            errors.Add(new("funnel.deal_value", value <= 0m
                ? FormattableString.Invariant($"The deal value must be above 0, not {Numbers.Format(value)}.")
                : FormattableString.Invariant($"The deal value can be at most {Numbers.Format(Funnel.MaxDealValue, 0, grouped: true)}.")));
        }
        if (funnel.Currency is { } currency && !(currency.Trim().Length == 3 && currency.Trim().All(char.IsAsciiLetter)))
        {
            errors.Add(new("funnel.currency", $"The currency must be a three-letter ISO 4217 code such as USD, not '{currency}'."));
        }
        if (funnel.CycleDays is { } cycle && (cycle < 0 || cycle > Funnel.MaxCycleDays))
        {
            errors.Add(new("funnel.cycle_days", FormattableString.Invariant($"The sales cycle must be from 0 to {Funnel.MaxCycleDays} days, not {cycle}.")));
        }
        var stages = funnel.Stages;
        if (stages.Count < 2)
        {
            errors.Add(new("funnel.stages", "A funnel needs at least two stages: the first activity and the won deal."));
        }
        if (stages.Count > Funnel.MaxStages)
        {
            errors.Add(new("funnel.stages", FormattableString.Invariant($"A funnel can have at most {Funnel.MaxStages} stages, not {stages.Count}.")));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < stages.Count; index++)
        {
            var stage = stages[index];
            var field = FormattableString.Invariant($"funnel.stages[{index}]");
            if (string.IsNullOrWhiteSpace(stage.Metric))
            {
                errors.Add(new($"{field}.metric", FormattableString.Invariant($"Stage {index + 1} has no metric: name the activity counted at this stage (calls, meetings, deals).")));
            }
            else if (!seen.Add(Funnel.Normalise(stage.Metric)))
            {
                errors.Add(new($"{field}.metric", $"The metric '{stage.Metric.Trim()}' is in the funnel twice; each stage counts its own metric."));
            }
            else if (stage.Metric.Trim().Length > 100)
            {
                errors.Add(new($"{field}.metric", "The metric is longer than 100 characters."));
            }
            var last = index == stages.Count - 1;
            if (last && stage.Rate is not null && stages.Count > 1)
            {
                errors.Add(new($"{field}.rate", "The last stage is the won deal and has no rate; leave it out."));
            }
            else if (!last && stage.Rate is not { } rate)
            {
                errors.Add(new($"{field}.rate", $"Stage '{stage.Metric?.Trim()}' needs a rate: the share of it that reaches the next stage, above 0 and at most 1."));
            }
            else if (!last && stage.Rate is { } given && (given <= 0m || given > 1m))
            {
                errors.Add(new($"{field}.rate", FormattableString.Invariant(
                    $"The rate of stage '{stage.Metric?.Trim()}' must be above 0 and at most 1 (a share, 0.25 for 25%), not {Numbers.Format(given)}.")));
            }
            if (stage.Minutes is { } minutes && (minutes < 0m || minutes > 24 * 60))
            {
                errors.Add(new($"{field}.minutes", FormattableString.Invariant($"The minutes of one {stage.Metric?.Trim()} must be from 0 to 1440, not {Numbers.Format(minutes)}.")));
            }
        }
        return errors;
    }

    /// <summary>Throws a <see cref="DomainRuleException"/> naming the first field at fault; for writes in the app.</summary>
    public static void Require(FunnelDocument funnel)
    {
        if (Errors(funnel) is [var first, ..])
        {
            throw new DomainRuleException(first.Message, first.Field);
        }
    }
}
