using Gameplan.Core.Funnels;
using Gameplan.Domain;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Funnels;

/// <summary>How the funnel pages write their numbers: through <see cref="Numbers"/>, like every page.</summary>
public static class FunnelDisplay
{
    /// <summary>Personal rates the page lists (an organisation plan measures everyone; the API has them all).</summary>
    public const int MaxPersonalRates = 60;

    /// <summary>A rate as a percentage with at most one decimal (0.125 is "12.5%").</summary>
    public static string Percent(decimal? rate) => rate is { } value ? $"{Numbers.Format(value * 100m, 1)}%" : "—";

    /// <summary>A volume per person and working day, to one decimal.</summary>
    public static string Daily(decimal? value) => value is { } daily ? Numbers.Format(daily, 1, grouped: true) : "—";

    /// <summary>A rate as typed in the what-if form (0.25).</summary>
    public static string Rate(decimal? rate) => rate is { } value ? Numbers.Format(value, Numbers.FullDecimals) : "";

    /// <summary>The bar length of a stage out of 100, relative to the first (widest) stage; at least 1 so the last stage shows.</summary>
    public static string Width(decimal required, decimal widest) =>
        widest <= 0m ? "100" : Numbers.Format(Math.Max(1m, required / widest * 100m), 1);

    /// <summary>How one stage's volume comes from the next: <c>ceil(1,867 / 0.1)</c>.</summary>
    public static string Formula(StageModelDetails stage, StageModelDetails? next) =>
        next is null || stage.Rate is not { } rate ? "the goal's own count" : $"ceil({Display.Number(next.Required)} / {Numbers.Ratio(rate)})";

    /// <summary>Where a funnel comes from, in a sentence's words.</summary>
    public static string Source(EffectiveFunnel funnel) => funnel.Source switch
    {
        FunnelSource.Plan => "this plan's own funnel",
        FunnelSource.Team => $"the funnel of team {funnel.Team}",
        FunnelSource.Organization => "the organisation's default funnel",
        _ => "no funnel",
    };

    /// <summary>Coverage as a CSS state: short below 100%, far below 50%.</summary>
    public static string CoverageClass(decimal? coverage) => coverage switch
    {
        null => "",
        < 0.5m => "coverage-far",
        < 1m => "coverage-short",
        _ => "coverage-ok",
    };
}
