namespace Gameplan.Domain.Pace;

/// <summary>
/// One person's pace on one activity commitment of a tactic, as of a day (included). Quantities
/// are in the activity's unit and exact; round them only to show them.
/// </summary>
/// <param name="TacticId">The tactic's id; null when the plan file gives none, and then activity logged against any tactic counts.</param>
/// <param name="Metric">The activity metric, e.g. <c>calls</c>.</param>
/// <param name="Unit">The activity's unit, when stated.</param>
/// <param name="Person">The assignee's handle.</param>
/// <param name="Per">What the target is counted per.</param>
/// <param name="Start">First day of the commitment (the tactic's start, else the plan's), inclusive.</param>
/// <param name="Due">Last day (the tactic's due date, else the plan's end), inclusive.</param>
/// <param name="TargetToDate">The target due from start to today; 0 before the start.</param>
/// <param name="ActualToDate">What the person logged for it from start to today (no later than due).</param>
/// <param name="TargetTotal">The target over the whole commitment.</param>
/// <param name="ElapsedWorkingDays">Working days from start to today (no later than due).</param>
/// <param name="TotalWorkingDays">Working days from start to due.</param>
/// <param name="ProjectedTotal">
/// Actual so far / elapsed working days x total working days; null before the first working day.
/// </param>
/// <param name="Attainment">Actual / target to date; null while nothing is due yet.</param>
/// <param name="Status">From the attainment: 1.0 and up on track, 0.8 and up at risk, else off track.</param>
public sealed record CommitmentPace(
    string? TacticId,
    string Metric,
    string? Unit,
    string Person,
    TargetPeriod Per,
    DateOnly Start,
    DateOnly Due,
    decimal TargetToDate,
    decimal ActualToDate,
    decimal TargetTotal,
    int ElapsedWorkingDays,
    int TotalWorkingDays,
    decimal? ProjectedTotal,
    decimal? Attainment,
    PaceStatus Status);
