namespace Gameplan.Domain.Funnels;

/// <summary>
/// A sales funnel as written in a plan file's <c>funnel:</c> section (PLAN-FORMAT.md) or set on an
/// organisation or team in the app: ordered stages, each an activity metric with the share of it that
/// reaches the next stage, the average won deal and the sales cycle. Nothing is validated here: see
/// <see cref="FunnelCheck"/>, which names the field at fault.
/// </summary>
public sealed record FunnelDocument
{
    /// <summary>The average won deal, in <see cref="Currency"/> (or the currency of the money goals that use it when none is named).</summary>
    public decimal? DealValue { get; init; }

    /// <summary>An ISO 4217 code (<c>USD</c>) the deal value is in; null in a plan file that leaves it to the goals.</summary>
    public string? Currency { get; init; }

    /// <summary>Days from the first stage to a won deal: the required activity happens this much before a goal's due date.</summary>
    public int? CycleDays { get; init; }

    /// <summary>The stages in order; the last one is the won deal and has no rate.</summary>
    public IReadOnlyList<FunnelStageDocument> Stages { get; init; } = [];
}

/// <summary>One stage of a <see cref="FunnelDocument"/>.</summary>
public sealed record FunnelStageDocument
{
    /// <summary>The activity metric counted at this stage, as in the commitments (<c>calls</c>).</summary>
    public string? Metric { get; init; }

    /// <summary>The share of this stage that reaches the next, in (0, 1]; null for the last stage.</summary>
    public decimal? Rate { get; init; }

    /// <summary>Minutes one unit of this stage takes (a call, a meeting), for the capacity check GP613; null uses <see cref="FunnelStageDocument.DefaultMinutes"/>.</summary>
    public decimal? Minutes { get; init; }

    /// <summary>
    /// The documented default minutes of a stage whose metric is a common activity and that states
    /// none: calls, dials and emails 5, conversations 15, meetings 45, demos 60. Null for any other
    /// metric (no capacity check for it).
    /// </summary>
    public static decimal? DefaultMinutes(string? metric) => Funnel.Normalise(metric) switch
    {
        "call" or "calls" or "dial" or "dials" or "email" or "emails" => 5m,
        "conversation" or "conversations" or "connect" or "connects" => 15m,
        "meeting" or "meetings" => 45m,
        "demo" or "demos" => 60m,
        _ => null,
    };

    /// <summary>The minutes one unit takes: the stated ones, else the documented default, else null.</summary>
    public decimal? MinutesEach => Minutes ?? DefaultMinutes(Metric);
}
