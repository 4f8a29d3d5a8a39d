using Gameplan.Domain.Funnels;

namespace Gameplan.Core.Funnels;

/// <summary>Where a plan's (or team's) funnel comes from: its own, a team's (its team or one above), the organisation's default, or none.</summary>
public enum FunnelSource
{
    None,
    Organization,
    Team,
    Plan,
}

/// <summary>One stage of a funnel to set: the activity metric, the share of it that reaches the next stage (none on the last), and the minutes one unit takes (optional, for GP613).</summary>
public sealed record FunnelStageInput
{
    public string? Metric { get; init; }

    public decimal? Rate { get; init; }

    public decimal? Minutes { get; init; }
}

/// <summary>
/// Sets a funnel, spelled like a plan file's <c>funnel:</c> section: the average won deal in major units
/// of <see cref="Currency"/>, the sales cycle in days and the ordered stages. <see cref="Version"/>, when
/// given, must be the version last read (else 412); checks name the field (<c>funnel.stages[1].rate</c>).
/// </summary>
public sealed record FunnelRequest
{
    public decimal? DealValue { get; init; }

    public string? Currency { get; init; }

    public int? CycleDays { get; init; }

    public IReadOnlyList<FunnelStageInput>? Stages { get; init; }

    public int? Version { get; init; }
}

/// <summary>One stage of a stored funnel.</summary>
public sealed record FunnelStageDetails(string Metric, decimal? Rate, decimal? Minutes);

/// <summary>A stored funnel; <paramref name="DealValue"/> in major units of <paramref name="Currency"/>.</summary>
public sealed record FunnelDetails(decimal? DealValue, string? Currency, int? CycleDays, IReadOnlyList<FunnelStageDetails> Stages, int Version)
{
    /// <summary>This funnel as the funnel maths reads it (for a what-if on it).</summary>
    public FunnelDocument ToDocument() => new()
    {
        DealValue = DealValue,
        Currency = Currency,
        CycleDays = CycleDays,
        Stages = [.. Stages.Select(stage => new FunnelStageDocument { Metric = stage.Metric, Rate = stage.Rate, Minutes = stage.Minutes })],
    };
}

/// <summary>
/// The funnel that applies to a plan, a team or the organisation and where it is set: <paramref name="Funnel"/>
/// is null when <paramref name="Source"/> is <see cref="FunnelSource.None"/>; <paramref name="TeamId"/> and
/// <paramref name="Team"/> name the team for <see cref="FunnelSource.Team"/>.
/// </summary>
public sealed record EffectiveFunnel(FunnelSource Source, int? TeamId, string? Team, FunnelDetails? Funnel)
{
    /// <summary>No funnel anywhere above.</summary>
    public static EffectiveFunnel None { get; } = new(FunnelSource.None, null, null, null);
}

/// <summary>
/// The funnel maths of a stored plan (PLAN-FORMAT.md "Funnel maths", the numbers of <c>gameplan model --format json</c>,
/// rounded to 2 decimals), with the funnel used, what-if applied; <paramref name="Errors"/> are problems of the funnel
/// itself (then no goal is modelled).
/// </summary>
public sealed record FunnelModelDetails(EffectiveFunnel Funnel, DateOnly Today, IReadOnlyList<FunnelError> Errors, IReadOnlyList<GoalFunnelModel> Goals);

/// <summary>
/// One modelled goal: what it requires at each stage and what the plan commits (<paramref name="Stages"/>, empty
/// when <paramref name="Errors"/> is not), the conversion rates its people really have (<paramref name="MeasuredRates"/>:
/// the team first, then each person, from the daily aggregates), the result projected at its due date, and its values as shown.
/// </summary>
public sealed record GoalFunnelModel(
    string Id, string? Title, string? Unit, string? Currency, DateOnly? Due, decimal Current, decimal? Target, decimal Remaining, decimal Deals,
    FunnelWindowDetails Window, IReadOnlyList<StageModelDetails> Stages, IReadOnlyList<FunnelError> Errors,
    IReadOnlyList<MeasuredRateDetails> MeasuredRates, FunnelProjectionDetails? Projection, GoalFunnelDisplay Display);

/// <summary>Today to the due date minus the cycle, inclusive, and its working days.</summary>
public sealed record FunnelWindowDetails(DateOnly Start, DateOnly End, int WorkingDays);

/// <summary>One stage of a goal's model; <paramref name="Committed"/> and <paramref name="Coverage"/> are null when nothing is committed.</summary>
public sealed record StageModelDetails(
    string Metric, decimal? Rate, decimal Required, int People, IReadOnlyList<string> Assignees, decimal? PerPersonPerDay, decimal? Committed, decimal? Coverage);

/// <summary>A measured conversion rate beside the assumed one (<paramref name="Person"/> null for the team), with its sample and 95% interval.</summary>
public sealed record MeasuredRateDetails(
    string From, string To, string? Person, decimal Assumed, decimal Sample, decimal Converted, decimal? Measured, decimal? Low, decimal? High,
    int LagDays, bool Reliable, bool FarAbove);

/// <summary>The goal's projected value at its due date at today's pace and rates; <paramref name="Share"/> = projected / target.</summary>
public sealed record FunnelProjectionDetails(
    decimal Current, decimal Target, decimal Projected, decimal? Share, decimal DailyPace, decimal FirstStageVolume, IReadOnlyList<decimal> Rates, bool UsesMeasured);

/// <summary>A goal's values as shown, with the currency of a money goal ("3,500,000 USD") or the unit.</summary>
public sealed record GoalFunnelDisplay(string Current, string? Target, string Remaining, string? Projected, string? DealValue);
