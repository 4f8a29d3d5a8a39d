using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Goals;

/// <summary>Records a goal's metric as measured on a day; spelled like a plan file's <c>measurements</c> item.</summary>
public sealed record MeasurementRequest
{
    /// <summary>The day the value was true; today at the latest (a day of slack for time zones ahead of UTC).</summary>
    [Required]
    public DateOnly? Date { get; init; }

    /// <summary>The metric's value in the goal's unit.</summary>
    [Required]
    public decimal? Value { get; init; }

    [StringLength(GoalMeasurement.MaxNoteLength)]
    public string? Note { get; init; }
}

/// <summary>One stored measurement.</summary>
/// <param name="RecordedBy">Who recorded it, as the audit log names them.</param>
public sealed record MeasurementDetails(
    int Id, DateOnly Date, decimal Value, string? Note, MeasurementSource Source, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A goal's measurements, oldest first (on one day, in the order recorded), and its progress as of
/// today with the formula, exactly as the plan's pace report shows it.
/// </summary>
/// <param name="Goal">The goal's key (<c>g1</c>).</param>
/// <param name="Progress">Null only when the goal is missing from the report (never for a stored goal).</param>
public sealed record GoalMeasurementsDetails(
    int GoalId, int PlanId, string Goal, string Title, string? Metric, string? Unit, DateOnly Today,
    IReadOnlyList<MeasurementDetails> Measurements, PaceGoalLine? Progress);
