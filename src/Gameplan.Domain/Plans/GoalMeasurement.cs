namespace Gameplan.Domain.Plans;

/// <summary>
/// A goal's metric as measured on a day: 51 customers on 2027-03-31. Measurements are observations,
/// not plan content: they sit beside the plan aggregate (recording one changes no plan version, so an
/// approved plan under way takes them), but a closed plan takes none (see
/// docs/decisions/0011-goal-measurements-beside-the-plan.md).
/// </summary>
public sealed class GoalMeasurement
{
    /// <summary>Largest magnitude stored (the column holds 18 digits, 4 after the point).</summary>
    public const decimal MaxMagnitude = 99_999_999_999_999m;

    /// <summary>Longest note, in characters.</summary>
    public const int MaxNoteLength = 500;

    private GoalMeasurement() { }

    /// <param name="latest">The last day a measurement may be for; null takes any day (a plan file may carry any).</param>
    public GoalMeasurement(
        int organizationId, int goalId, DateOnly date, decimal value, string? note, MeasurementSource source, string recordedBy, DateTimeOffset recordedAt, DateOnly? latest)
    {
        if (latest is { } last && date > last)
        {
            throw new DomainRuleException($"{date:yyyy-MM-dd} is in the future; record a measurement once it is taken (today at the latest).", "date");
        }
        PlanCalendar.Check(date, "date");
        if (Math.Abs(value) > MaxMagnitude)
        {
            throw new DomainRuleException($"The value is too large; at most {Numbers.Format(MaxMagnitude, 0)} either way.", "value");
        }
        OrganizationId = organizationId;
        GoalId = goalId;
        Date = date;
        Value = Numbers.Round(value, Numbers.FullDecimals);
        Note = Guard.Optional(note, "note", MaxNoteLength);
        Source = source;
        RecordedBy = Guard.Required(recordedBy, "recorded_by", 200);
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int GoalId { get; private set; }

    /// <summary>The day the value was true.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The metric's value in the goal's unit (4 decimals kept).</summary>
    public decimal Value { get; private set; }

    public string? Note { get; private set; }

    public MeasurementSource Source { get; private set; }

    /// <summary>Who recorded it, as the audit log names them (<c>rosa (Rosa Delgado)</c>, or <c>system</c> for the CLI).</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A closed plan is final: its goals take no new measurements and lose none.</summary>
    public static void EnsurePlanOpen(PlanStatus status, string planName)
    {
        if (status == PlanStatus.Closed)
        {
            throw new DomainRuleException($"Plan '{planName}' is closed; reopen it before changing its goals' measurements.");
        }
    }
}
