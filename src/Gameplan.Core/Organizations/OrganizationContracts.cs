using System.ComponentModel.DataAnnotations;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;

namespace Gameplan.Core.Organizations;

/// <summary>
/// Critique settings as plan files spell them (<c>settings:</c>), for an organisation or one plan.
/// A null field is not set at this level: a plan's falls back to the organisation's, the organisation's
/// to the default (shown in <see cref="PlanningSettingsInput.Defaults"/>).
/// </summary>
public record PlanningSettingsInput
{
    /// <summary>Planning should start at least this many days before the period (default 90).</summary>
    [Range(0, 730)]
    public int? PlanningWindowDays { get; init; }

    /// <summary>More strategies than this is a lack of focus (default 5).</summary>
    [Range(1, 50)]
    public int? MaxStrategies { get; init; }

    /// <summary>Days between strategic reviews (default 92).</summary>
    [Range(1, 730)]
    public int? StrategicReviewDays { get; init; }

    /// <summary>Days between tactical reviews (default 14).</summary>
    [Range(1, 365)]
    public int? TacticalReviewDays { get; init; }

    /// <summary><c>mon</c> .. <c>sun</c> (default Monday to Friday).</summary>
    public IReadOnlyList<string>? WorkingDays { get; init; }

    /// <summary>Days off on working days, <c>YYYY-MM-DD</c> (default none).</summary>
    public IReadOnlyList<DateOnly>? Holidays { get; init; }

    /// <summary><c>weighted</c>, <c>value-weighted</c>, <c>average</c> or <c>weakest</c> (default: value-weighted when all goals share a unit, else average).</summary>
    [StringLength(20)]
    public string? Rollup { get; init; }

    /// <summary>The critique's defaults, for the fields neither a plan nor its organisation sets.</summary>
    public static PlanningSettingsInput Defaults { get; } = Of(EffectiveSettings.Defaults);

    public static PlanningSettingsInput Of(PlanningSettings settings) => new()
    {
        PlanningWindowDays = settings.PlanningWindowDays,
        MaxStrategies = settings.MaxStrategies,
        StrategicReviewDays = settings.StrategicReviewDays,
        TacticalReviewDays = settings.TacticalReviewDays,
        WorkingDays = settings.WorkingDays,
        Holidays = settings.Holidays,
        Rollup = settings.Rollup,
    };

    /// <summary>The domain value; a bad field is refused naming it, after <paramref name="prefix"/> (e.g. <c>settings.</c>).</summary>
    public PlanningSettings ToSettings(string prefix = "")
    {
        try
        {
            return new PlanningSettings(PlanningWindowDays, MaxStrategies, StrategicReviewDays, TacticalReviewDays, WorkingDays, Holidays, Rollup);
        }
        catch (DomainRuleException rule) when (prefix.Length > 0 && rule.Field is { } field)
        {
            throw new DomainRuleException(rule.Message, prefix + field);
        }
    }
}
