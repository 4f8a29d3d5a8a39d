using Gameplan.Domain.Pace;

namespace Gameplan.Core.Activities;

/// <summary>
/// One person's day: what they are committed to do today, what they logged, their pace so far, and
/// the last <see cref="MyDayQueries.HistoryDays"/> days for corrections.
/// </summary>
/// <param name="Person">Whose day it is.</param>
/// <param name="Today">The day (UTC) the page is about.</param>
/// <param name="Targets">Each commitment running today that binds the person, in plan order.</param>
/// <param name="Days">The editable days, oldest first, ending with <paramref name="Today"/>.</param>
/// <param name="History">Per metric (the targets' metrics, then any other with activity), the total of each day.</param>
/// <param name="Metrics">Every metric of the organisation, for logging an activity no target names.</param>
/// <param name="People">Everyone whose day the caller may log (only the caller for a rep).</param>
/// <param name="Unacknowledged">The commitments of active plans that bind the person and that they have not acknowledged yet.</param>
/// <param name="OwnMetrics">The metrics of the commitments the person carries (today's targets, those to acknowledge) and those they logged in the window: what "log another activity" offers first.</param>
/// <param name="Undo">The caller's newest quick log of this day that they may still undo; null when there is none.</param>
public sealed record MyDayDetails(
    MyDayPerson Person,
    DateOnly Today,
    IReadOnlyList<MyDayTarget> Targets,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<MyDayHistory> History,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<MyDayPerson> People,
    IReadOnlyList<MyDayCommitment> Unacknowledged,
    IReadOnlyList<string> OwnMetrics,
    MyDayUndo? Undo)
{
    /// <summary>The organisation's metrics the person carries no commitment of, behind "other metric".</summary>
    public IReadOnlyList<string> OtherMetrics => [.. Metrics.Where(m => !OwnMetrics.Contains(m, StringComparer.OrdinalIgnoreCase))];
}

/// <summary>The quick log that "Undo" takes back: the newest entry of the day, logged by the caller less than <see cref="MyDayCommands.UndoWindow"/> ago.</summary>
public sealed record MyDayUndo(long EntryId, string Metric, decimal Quantity, DateTimeOffset LoggedAt);

/// <summary>Takes back a quick log: <paramref name="EntryId"/> must be the newest entry of the person's day, logged by the caller a short while ago.</summary>
/// <param name="Person">A handle; absent means the caller.</param>
public sealed record UndoLogRequest(string? Person, long? EntryId);

public sealed record MyDayPerson(int Id, string Handle, string Name);

/// <summary>One commitment of one tactic for the person; quantities are in the metric's unit, rounded for display.</summary>
/// <param name="TargetToday">Today's share of the target (0 on a day off), as shown: whole units for a count (<see cref="CommitmentPeriods.Shown"/>).</param>
/// <param name="LoggedToday">Everything the person logged of the metric today, from any source.</param>
/// <param name="TargetToDate">The target due from the tactic's start to today, today included.</param>
/// <param name="ActualToDate">What counts towards it over the same days.</param>
/// <param name="ProjectedTotal">Where the current pace ends at the due date.</param>
/// <param name="Attainment">Actual / target to date; null while nothing is due.</param>
/// <param name="Periods">For a commitment per week, month or quarter: this period's tally and the one before, newest first ("this month 0 of 1"); empty otherwise.</param>
public sealed record MyDayTarget(
    int PlanId,
    string Plan,
    string? Tactic,
    string Action,
    string Metric,
    string? Unit,
    string Per,
    decimal TargetToday,
    decimal LoggedToday,
    decimal TargetToDate,
    decimal ActualToDate,
    decimal TargetTotal,
    decimal? ProjectedTotal,
    decimal? Attainment,
    PaceStatus Status,
    DateOnly Start,
    DateOnly Due,
    IReadOnlyList<PeriodTally> Periods)
{
    /// <summary>Whether the commitment reads in its own periods rather than as a share of today.</summary>
    public bool IsDiscrete => Periods.Count > 0;
}

/// <summary>A commitment that binds the person, to acknowledge (its target is per <paramref name="Per"/>, for each assignee).</summary>
public sealed record MyDayCommitment(int PlanId, string Plan, int CommitmentId, string Tactic, string Action, string Metric, string Unit, decimal Target, string Per);

/// <summary>A metric's day totals over <see cref="MyDayDetails.Days"/>, one per day in the same order.</summary>
public sealed record MyDayHistory(string Metric, string? Unit, IReadOnlyList<decimal> Totals);

/// <summary>Logs an amount for today (the one-tap +1, or a typed quantity); it adds to what is logged.</summary>
/// <param name="Person">A handle; absent means the caller.</param>
/// <param name="CreateMetric">The person confirmed that a metric the organisation does not have yet is created (unit count).</param>
public sealed record QuickLogRequest(string? Person, string? Metric, decimal? Quantity, bool CreateMetric = false);

/// <summary>Sets day totals of the last days (corrections); a cell equal to what is stored changes nothing.</summary>
/// <param name="Person">A handle; absent means the caller.</param>
public sealed record SetDaysRequest(string? Person, IReadOnlyList<DayValue> Days);

/// <summary>The total a person did of a metric on a day.</summary>
public sealed record DayValue(string? Metric, DateOnly? Date, decimal? Quantity);
