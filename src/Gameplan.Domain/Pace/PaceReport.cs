using System.Text.Json.Serialization;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Pace;

/// <summary>
/// A plan's pace and progress as of a day, shaped for display and for <c>gameplan pace --format json</c>
/// (built by <see cref="PlanPace.Report"/>). Numbers are rounded here and only here: quantities to
/// 2 decimals, attainment and progress to 3; the engine types behind it keep exact values.
/// </summary>
/// <param name="Plan">The plan's name.</param>
/// <param name="Today">The day of the report (included in every "to date").</param>
/// <param name="Commitments">Each commitment x assignee, in plan order.</param>
/// <param name="Goals">Each goal, in plan order.</param>
/// <param name="PlanProgress">The goals rolled up to the plan.</param>
/// <param name="Strategies">Each strategy's goals rolled up, in plan order.</param>
public sealed record PaceReport(
    [property: JsonPropertyName("plan")] string? Plan,
    [property: JsonPropertyName("today")] DateOnly Today,
    [property: JsonPropertyName("commitments")] IReadOnlyList<PaceCommitmentLine> Commitments,
    [property: JsonPropertyName("goals")] IReadOnlyList<PaceGoalLine> Goals,
    [property: JsonPropertyName("plan_progress")] PaceProgressLine PlanProgress,
    [property: JsonPropertyName("strategies")] IReadOnlyList<PaceStrategyLine> Strategies);

/// <summary>One person's pace on one commitment; see <see cref="CommitmentPace"/> for the meaning of each number.</summary>
public sealed record PaceCommitmentLine(
    [property: JsonPropertyName("tactic")] string? Tactic,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("person")] string Person,
    [property: JsonPropertyName("target_to_date")] decimal TargetToDate,
    [property: JsonPropertyName("actual_to_date")] decimal ActualToDate,
    [property: JsonPropertyName("target_total")] decimal TargetTotal,
    [property: JsonPropertyName("projected_total")] decimal? ProjectedTotal,
    [property: JsonPropertyName("attainment")] decimal? Attainment,
    [property: JsonPropertyName("status")] PaceStatus Status,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("per")] string Per,
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("due")] DateOnly Due,
    [property: JsonPropertyName("elapsed_working_days")] int ElapsedWorkingDays,
    [property: JsonPropertyName("total_working_days")] int TotalWorkingDays);

/// <summary>One goal's progress; see <see cref="GoalProgress"/>. <c>progress</c> is clamped to 0..1, <c>raw_progress</c> is not.</summary>
public sealed record PaceGoalLine(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("progress")] decimal? Progress,
    [property: JsonPropertyName("formula")] string Formula,
    [property: JsonPropertyName("raw_progress")] decimal? RawProgress,
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("baseline")] decimal? Baseline,
    [property: JsonPropertyName("target")] decimal? Target,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("direction")] GoalDirection? Direction,
    [property: JsonPropertyName("source")] GoalValueSource Source,
    [property: JsonPropertyName("measured_on")] DateOnly? MeasuredOn);

/// <summary>Progress rolled up to the plan; see <see cref="ProgressRollup"/>.</summary>
public sealed record PaceProgressLine(
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("method")] RollupMethod Method,
    [property: JsonPropertyName("formula")] string Formula);

/// <summary>A strategy's goals rolled up; see <see cref="ProgressRollup"/>.</summary>
public sealed record PaceStrategyLine(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("progress")] decimal? Progress,
    [property: JsonPropertyName("method")] RollupMethod Method,
    [property: JsonPropertyName("formula")] string Formula,
    [property: JsonPropertyName("goals")] IReadOnlyList<string?> Goals);
