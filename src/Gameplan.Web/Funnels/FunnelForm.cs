using Gameplan.Core.Funnels;

namespace Gameplan.Web.Funnels;

/// <summary>
/// The funnel form of a plan, a team or the organisation: deal value, currency, cycle and the stages
/// in order. The form shows the stages set plus <see cref="BlankRows"/> empty rows; rows left empty
/// are dropped on save, so adding a stage needs no script.
/// </summary>
public sealed class FunnelForm
{
    /// <summary>Empty stage rows the form offers after the stages set.</summary>
    public const int BlankRows = 3;

    public decimal? DealValue { get; set; }

    public string? Currency { get; set; }

    public int? CycleDays { get; set; }

    public List<FunnelStageInput> Stages { get; set; } = [];

    /// <summary>The version of the funnel the form showed; null when it showed none.</summary>
    public int? Version { get; set; }

    /// <summary>The form of a funnel as set (or an example to start from when none is).</summary>
    public static FunnelForm Of(FunnelDetails? funnel, string? defaultCurrency) => funnel is null
        ? new FunnelForm
        {
            Currency = defaultCurrency,
            Stages = [.. Padded([])],
        }
        : new FunnelForm
        {
            DealValue = funnel.DealValue,
            Currency = funnel.Currency,
            CycleDays = funnel.CycleDays,
            Version = funnel.Version,
            Stages = [.. Padded(funnel.Stages.Select(stage => new FunnelStageInput { Metric = stage.Metric, Rate = stage.Rate, Minutes = stage.Minutes }))],
        };

    /// <summary>The request this form makes: rows without a metric, a rate or minutes are left out.</summary>
    public FunnelRequest Request() => new()
    {
        DealValue = DealValue,
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant(),
        CycleDays = CycleDays,
        Stages = [.. Stages.Where(stage => !string.IsNullOrWhiteSpace(stage.Metric) || stage.Rate is not null || stage.Minutes is not null)],
        Version = Version,
    };

    /// <summary>Adds the empty rows again after a refused save.</summary>
    public FunnelForm WithBlankRows()
    {
        Stages = [.. Padded(Stages.Where(stage => !string.IsNullOrWhiteSpace(stage.Metric) || stage.Rate is not null || stage.Minutes is not null))];
        return this;
    }

    private static IEnumerable<FunnelStageInput> Padded(IEnumerable<FunnelStageInput> stages) =>
        stages.Concat(Enumerable.Range(0, BlankRows).Select(_ => new FunnelStageInput()));
}
