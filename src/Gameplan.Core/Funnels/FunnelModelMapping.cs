using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;

namespace Gameplan.Core.Funnels;

/// <summary>
/// The funnel maths as the API and the pages show it: every number rounded to 2 decimals by
/// <see cref="Numbers.Round(decimal, int)"/> (as <c>gameplan model --format json</c>), and the goal's
/// values written with its currency or unit.
/// </summary>
internal static class FunnelModelMapping
{
    private const int Decimals = Numbers.QuantityDecimals;

    public static FunnelModelDetails Details(
        EffectiveFunnel effective, DateOnly today, PlanDocument document, FunnelDocument? funnel, FunnelModelReport report, FunnelLearned learned) =>
        new(effective, today, report.Errors, [.. report.Goals.Select(goal => Goal(document, funnel, goal, learned))]);

    private static GoalFunnelModel Goal(PlanDocument document, FunnelDocument? funnel, GoalModel goal, FunnelLearned learned)
    {
        var target = document.Goals.FirstOrDefault(g => string.Equals(g.Id?.Trim(), goal.Id, StringComparison.Ordinal))?.Target;
        // The steps up to the goal's own stage: a stage goal (demos) is not converted past its own stage.
        var steps = goal.Stages.Count - 1;
        var metrics = goal.Stages.Take(Math.Max(0, steps)).Select(stage => stage.Metric).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rates = learned.Rates.Where(rate => metrics.Contains(rate.From)).Select(Rate).ToList();
        var projection = learned.Projections.FirstOrDefault(p => p.GoalId == goal.Id) is { } p
            ? new FunnelProjectionDetails(
                R(p.Current), R(p.Target), R(p.Projected), Numbers.Round(p.Share, Decimals), R(p.DailyPace), R(p.FirstStageVolume),
                [.. p.Rates.Select(rate => Numbers.Round(rate, Numbers.FullDecimals))], p.UsesMeasured)
            : null;
        var currency = Funnel.CurrencyOf(goal.Unit);
        return new GoalFunnelModel(
            goal.Id, goal.Title, goal.Unit, currency, goal.Due, R(goal.Current), target, R(goal.Remaining), R(goal.Deals),
            new FunnelWindowDetails(goal.Window.Start, goal.Window.End, goal.Window.WorkingDays),
            [.. goal.Stages.Select(stage => new StageModelDetails(
                stage.Metric, stage.Rate, R(stage.Required), stage.People, stage.Assignees,
                Numbers.Round(stage.PerPersonPerDay, Decimals), Numbers.Round(stage.Committed, Decimals), Numbers.Round(stage.Coverage, Decimals)))],
            goal.Errors, rates, projection,
            new GoalFunnelDisplay(
                Value(goal.Current, goal.Unit), target is { } t ? Value(t, goal.Unit) : null, Value(goal.Remaining, goal.Unit),
                projection is null ? null : Value(projection.Projected, goal.Unit, Funnel.CurrencyOf(goal.Unit) is null ? 1 : 0),
                currency is not null && funnel?.DealValue is { } deal ? Value(deal, goal.Unit) : null));
    }

    private static MeasuredRateDetails Rate(MeasuredRate rate) => new(
        rate.From, rate.To, rate.Person, rate.Assumed, R(rate.Sample), R(rate.Converted),
        Numbers.Round(rate.Measured, Numbers.RatioDecimals), Numbers.Round(rate.Low, Numbers.RatioDecimals), Numbers.Round(rate.High, Numbers.RatioDecimals),
        rate.LagDays, rate.IsReliable, rate.IsFarAbove);

    private static decimal R(decimal value) => Numbers.Round(value, Decimals);

    /// <summary>"3,500,000 USD" for <c>currency:USD</c>, "40 demos" for a unit, a bare count as is; a projection, an estimate, shows fewer <paramref name="decimals"/>.</summary>
    internal static string Value(decimal value, string? unit, int decimals = Decimals)
    {
        var number = Numbers.Format(value, decimals, grouped: true);
        return Funnel.CurrencyOf(unit) is { } currency ? $"{number} {currency}"
            : string.IsNullOrWhiteSpace(unit) || unit.Trim().Equals("count", StringComparison.OrdinalIgnoreCase) ? number
            : $"{number} {unit.Trim()}";
    }
}
