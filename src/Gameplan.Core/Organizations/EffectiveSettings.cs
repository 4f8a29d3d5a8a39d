using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;

namespace Gameplan.Core.Organizations;

/// <summary>The settings the critique of a stored plan uses: the plan's own, over its organisation's, over the defaults.</summary>
public static class EffectiveSettings
{
    private static readonly CritiqueSettings Fallback = new();

    /// <summary>Every field set, to the critique's documented defaults (the roll-up method stays unset: it is chosen per plan).</summary>
    public static PlanningSettings Defaults { get; } = new(
        Fallback.PlanningWindowDays, Fallback.MaxStrategies, Fallback.StrategicReviewDays, Fallback.TacticalReviewDays,
        Fallback.WorkingDays, Fallback.Holidays, Fallback.Rollup);

    /// <summary>A stored plan's settings under its organisation: its settings and its pace thresholds (a plan has none of its own).</summary>
    public static CritiqueSettings For(PlanningSettings plan, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return For(plan, organization.Settings, organization.PaceThresholds);
    }

    /// <param name="pace">The organisation's pace thresholds; the defaults when null.</param>
    public static CritiqueSettings For(PlanningSettings plan, PlanningSettings organization, Domain.Pace.PaceThresholds? pace)
    {
        var settings = plan.Over(organization).Over(Defaults);
        return new CritiqueSettings
        {
            PlanningWindowDays = settings.PlanningWindowDays!.Value,
            MaxStrategies = settings.MaxStrategies!.Value,
            StrategicReviewDays = settings.StrategicReviewDays!.Value,
            TacticalReviewDays = settings.TacticalReviewDays!.Value,
            WorkingDays = settings.WorkingDays!,
            Holidays = settings.Holidays!,
            Rollup = settings.Rollup,
            Pace = pace ?? Domain.Pace.PaceThresholds.Default,
        };
    }
}
