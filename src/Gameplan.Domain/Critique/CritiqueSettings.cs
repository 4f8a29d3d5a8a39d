namespace Gameplan.Domain.Critique;

/// <summary>The plan file's <c>settings</c>, with the documented defaults.</summary>
public sealed record CritiqueSettings
{
    /// <summary>Planning should start at least this many days before the period starts (GP301).</summary>
    public int PlanningWindowDays { get; init; } = 90;

    /// <summary>More strategies than this is a lack of focus (GP401).</summary>
    public int MaxStrategies { get; init; } = 5;

    /// <summary>A strategic review is due this many days after the last one (GP304).</summary>
    public int StrategicReviewDays { get; init; } = 92;

    /// <summary>A tactical review is due this many days after the last one (GP305).</summary>
    public int TacticalReviewDays { get; init; } = 14;

    /// <summary>Working days, as <c>mon</c>..<c>sun</c>; their count turns "per day" into "per week".</summary>
    public IReadOnlyList<string> WorkingDays { get; init; } = ["mon", "tue", "wed", "thu", "fri"];

    /// <summary>Days off on working days (public holidays, company days); they carry no activity targets.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary>
    /// How goal progress rolls up to strategies and the plan: <c>weighted</c>, <c>value-weighted</c>,
    /// <c>average</c> or <c>weakest</c>; null picks value-weighted when all goals share a unit, else average.
    /// </summary>
    public string? Rollup { get; init; }

    /// <summary>
    /// The organisation's pace thresholds (not a plan file's: a plan cannot move them), which decide every
    /// commitment's and goal's status; 100% and 80% unless the organisation chose others.
    /// </summary>
    public Pace.PaceThresholds Pace { get; init; } = Gameplan.Domain.Pace.PaceThresholds.Default;
}
