using System.Globalization;

namespace Gameplan.Domain.Funnels;

/// <summary>
/// A what-if on a funnel: changed conversion rates (by stage metric), deal value, sales cycle or team
/// size, to see the required daily activity move. Read from <c>--set</c> options and the what-if
/// form with <see cref="Parse"/>: <c>calls.rate=0.35</c>, <c>deal_value=30000</c>,
/// <c>cycle_days=45</c>, <c>people=8</c>.
/// </summary>
public sealed record FunnelWhatIf
{
    /// <summary>New rates by stage metric (compared ignoring case).</summary>
    public IReadOnlyDictionary<string, decimal> Rates { get; init; } = new Dictionary<string, decimal>();

    public decimal? DealValue { get; init; }

    public int? CycleDays { get; init; }

    /// <summary>How many people carry every stage, instead of the commitments' assignees.</summary>
    public int? People { get; init; }

    /// <summary>True when it changes nothing.</summary>
    public bool IsEmpty => Rates.Count == 0 && DealValue is null && CycleDays is null && People is null;

    /// <summary>
    /// True when this what-if changes a number of <paramref name="funnel"/>: a form that sends every field,
    /// changed or not, shows the funnel as set until one differs. A team size always changes it.
    /// </summary>
    public bool Changes(FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return People is not null
            || (DealValue is { } value && value != funnel.DealValue)
            || (CycleDays is { } cycle && cycle != funnel.CycleDays)
            || Rates.Any(rate => funnel.Stages.Any(stage => Funnel.SameMetric(stage.Metric, rate.Key) && stage.Rate != rate.Value));
    }

    /// <summary><paramref name="funnel"/> with this what-if's changes.</summary>
    public FunnelDocument Apply(FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return funnel with
        {
            DealValue = DealValue ?? funnel.DealValue,
            CycleDays = CycleDays ?? funnel.CycleDays,
            Stages = [.. funnel.Stages.Select(stage =>
                Rates.FirstOrDefault(rate => Funnel.SameMetric(rate.Key, stage.Metric)) is { Key: not null } change
                    ? stage with { Rate = change.Value }
                    : stage)],
        };
    }

    /// <summary>
    /// Reads <c>KEY=VALUE</c> settings. Throws a <see cref="DomainRuleException"/> naming the setting
    /// for an unknown key, a stage the funnel does not have, or a value that is not a number.
    /// </summary>
    public static FunnelWhatIf Parse(IEnumerable<string> settings, FunnelDocument funnel)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(funnel);
        var rates = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var whatIf = new FunnelWhatIf();
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new DomainRuleException($"'{setting}' is not a setting; write KEY=VALUE, e.g. calls.rate=0.35, deal_value=30000, cycle_days=45 or people=8.", "set");
            }
            var key = setting[..equals].Trim();
            var value = setting[(equals + 1)..].Trim();
            if (key.EndsWith(".rate", StringComparison.OrdinalIgnoreCase))
            {
                var metric = key[..^".rate".Length];
                if (!funnel.Stages.Any(stage => Funnel.SameMetric(stage.Metric, metric)))
                {
                    throw new DomainRuleException(
                        $"The funnel has no stage '{metric}'; its stages are {string.Join(", ", funnel.Stages.Select(stage => stage.Metric?.Trim()))}.", key);
                }
                rates[metric] = Number(key, value);
            }
            else
            {
                whatIf = key.ToLowerInvariant() switch
                {
                    "deal_value" => whatIf with { DealValue = Number(key, value) },
                    "cycle_days" => whatIf with { CycleDays = Whole(key, value) },
                    "people" => whatIf with { People = Whole(key, value) },
                    _ => throw new DomainRuleException($"'{key}' cannot be changed; use STAGE.rate, deal_value, cycle_days or people.", key),
                };
            }
        }
        return whatIf with { Rates = rates };
    }

    private static decimal Number(string key, string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new DomainRuleException($"The value of {key} must be a number (a dot for decimals), not '{value}'.", key);

    private static int Whole(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new DomainRuleException($"The value of {key} must be a whole number, not '{value}'.", key);
}
