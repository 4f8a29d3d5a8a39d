using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.CheckIns;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// My check-in of a week on one plan: a line per commitment of mine (its number, confidence and, when not on
/// track, why), then wins, blockers and next week's focus. Saving it again for the same week replaces it.
/// </summary>
public sealed record SaveCheckInRequest
{
    /// <summary>The plan checked in on; may be left out when the person is on one active plan only.</summary>
    public int? PlanId { get; init; }

    /// <summary>One line per commitment of the person on the plan; a commitment left out is not checked in.</summary>
    public IReadOnlyList<CheckInLineInput>? Lines { get; init; }

    [StringLength(CheckIn.MaxTextLength)]
    public string? Wins { get; init; }

    [StringLength(CheckIn.MaxTextLength)]
    public string? Blockers { get; init; }

    [StringLength(CheckIn.MaxTextLength)]
    public string? NextFocus { get; init; }
}

/// <summary>One commitment in a check-in: the week's number (blank allowed), the confidence, and why when not on track.</summary>
public sealed record CheckInLineInput
{
    public int? CommitmentId { get; init; }

    public decimal? Actual { get; init; }

    public CheckInConfidence? Confidence { get; init; }

    [StringLength(CheckIn.MaxTextLength)]
    public string? Why { get; init; }
}

/// <summary>A stored check-in as read back: the week (its due day) and the seven days it covers, the plan, and what was said.</summary>
public sealed record CheckInDetails(
    int Id, int PlanId, string Plan, string Person, DateOnly Week, DateOnly From,
    IReadOnlyList<CheckInLineDetails> Lines, string? Wins, string? Blockers, string? NextFocus, DateTimeOffset UpdatedAt);

/// <summary>One line of a stored check-in; <paramref name="Metric"/> is null when the commitment was removed since.</summary>
public sealed record CheckInLineDetails(int CommitmentId, string? Metric, string? Unit, decimal? Actual, CheckInConfidence Confidence, string? Why);

/// <summary>
/// The check-in form of a person for a week: the week's due day and first day, the organisation's check-in day,
/// and per active plan the person is on their commitments (each pre-filled with what they logged that week),
/// this week's check-in if written, and the previous one to read beside the form.
/// </summary>
public sealed record CheckInForm(int PersonId, string Person, DateOnly Week, DateOnly From, DayOfWeek Day, DateOnly Today, IReadOnlyList<CheckInPlanForm> Plans);

/// <summary>One plan in the form.</summary>
public sealed record CheckInPlanForm(int PlanId, string Plan, IReadOnlyList<CheckInCommitment> Commitments, CheckInDetails? Current, CheckInDetails? Previous);

/// <summary>A commitment of the person: its tactic, metric, target per period, and what they logged of the metric in the week.</summary>
public sealed record CheckInCommitment(int CommitmentId, string Tactic, string Action, string Metric, string Unit, decimal Target, string Per, decimal Logged);

/// <summary>
/// How a person keeps the weekly check-in (a row of the team's report): weeks expected and checked in since they
/// joined their active plans, the share (rounded), weeks missed in a row up to today, the last week checked in,
/// whether this week's is written, whether they are lapsing (GP503), and the last twelve weeks one by one.
/// </summary>
public sealed record CheckInStanding(
    int PersonId, string Handle, string Name, int Expected, int CheckedIn, decimal? Share, int MissedInARow,
    DateOnly? LastCheckIn, bool CheckedInThisWeek, bool Lapsed, IReadOnlyList<CheckInWeek> Trend);

/// <summary>A team's check-ins: its members on an active plan, each with their standing, as of today; the week is today's.</summary>
public sealed record TeamCheckIns(int TeamId, string Team, DateOnly Today, DateOnly Week, DayOfWeek Day, IReadOnlyList<CheckInStanding> People)
{
    /// <summary>Who has not checked in for this week yet, longest silence first.</summary>
    public IReadOnlyList<CheckInStanding> Missing =>
        [.. People.Where(p => !p.CheckedInThisWeek).OrderByDescending(p => p.MissedInARow).ThenBy(p => p.LastCheckIn).ThenBy(p => p.Name, StringComparer.Ordinal)];
}

/// <summary>A person's check-ins, newest first, with their standing (null when they are on no active plan).</summary>
public sealed record PersonCheckIns(int PersonId, string Handle, string Name, CheckInStanding? Standing, IReadOnlyList<CheckInDetails> CheckIns);
