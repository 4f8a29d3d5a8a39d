using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Calendar;

/// <summary>Whose calendar it is: the person, their role, their team and (for a manager) the teams they lead.</summary>
public sealed record CalendarPerson(int Id, PersonRole Role, int? TeamId, IReadOnlySet<int> ManagedTeams);

/// <summary>
/// A plan as the calendar sees it: its owner and team, the owner's team, the people it holds to account
/// (goal and strategy DRIs, tactic owners, named assignees) and whether something in it binds its whole team.
/// </summary>
public sealed record CalendarPlan(int Id, string Name, int? OwnerId, int? TeamId, int? OwnerTeamId, IReadOnlySet<int> Named, bool BindsTeam);

/// <summary>A review of a plan; <paramref name="PersonId"/> and <paramref name="PersonTeamId"/> name the person coached in a one-on-one.</summary>
public sealed record CalendarReview(int Id, int PlanId, ReviewKind Kind, DateOnly Date, bool Held, int? PersonId, int? PersonTeamId, string? PersonName = null);

/// <summary>A tactic with its due day (the last day, inclusive) and who owns it.</summary>
public sealed record CalendarTactic(int Id, int PlanId, string Action, DateOnly? Due, TacticStatus Status, TacticOwner Owner);

/// <summary>A planning cycle's deadlines.</summary>
public sealed record CalendarCycle(int Id, string Name, DateOnly Opens, DateOnly DraftsDue, DateOnly ReviewsDue);

/// <summary>
/// The weekly check-ins of the person whose calendar it is: the organisation's check-in day and the span of each
/// active plan they are on (from the day they joined it to its end, inclusive).
/// </summary>
public sealed record CalendarCheckIns(DayOfWeek Day, IReadOnlyList<CalendarCheckInSpan> Spans);

/// <summary>A plan the person checks in on, and the days they do.</summary>
public sealed record CalendarCheckInSpan(int PlanId, string Plan, DateOnly From, DateOnly To);
