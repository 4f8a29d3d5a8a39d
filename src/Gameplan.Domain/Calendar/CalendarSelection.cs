using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Calendar;

/// <summary>
/// Which events belong in a person's calendar (docs/access.md, "Calendar"): the strategic and tactical
/// reviews of the plans they take part in (they own it, it names them as DRI, owner or assignee, it binds
/// their whole team, or they lead its team or its owner's team); the one-on-ones where they are coached or
/// lead the team of the person coached (never a colleague's); the due days of open tactics they own, alone
/// or with their team; and the deadlines of every planning cycle when they plan at all (on a team, or an
/// admin or executive). Only events from <c>from</c> to <c>to</c> (inclusive) are kept.
/// </summary>
public static class CalendarSelection
{
    public static IReadOnlyList<CalendarEntry> For(
        CalendarPerson person,
        IEnumerable<CalendarPlan> plans,
        IEnumerable<CalendarReview> reviews,
        IEnumerable<CalendarTactic> tactics,
        IEnumerable<CalendarCycle> cycles,
        DateOnly from,
        DateOnly to,
        CalendarCheckIns? checkIns = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var planById = plans.ToDictionary(p => p.Id);
        var entries = new List<CalendarEntry>();
        foreach (var review in reviews)
        {
            if (planById.TryGetValue(review.PlanId, out var plan) && Attends(person, plan, review))
            {
                entries.Add(EntryOf(review, plan));
            }
        }
        foreach (var tactic in tactics)
        {
            if (tactic.Due is { } due && tactic.Status is TacticStatus.Planned or TacticStatus.Active
                && planById.TryGetValue(tactic.PlanId, out var plan) && Owns(person, plan, tactic.Owner))
            {
                entries.Add(new CalendarEntry(CalendarEntryKind.TacticDue, tactic.Id, due, $"Due: {tactic.Action}", $"Last day of a tactic in {plan.Name}.", plan.Id));
            }
        }
        if (Plans(person))
        {
            foreach (var cycle in cycles)
            {
                entries.Add(new CalendarEntry(CalendarEntryKind.CycleOpens, cycle.Id, cycle.Opens, $"Planning opens: {cycle.Name}", null, null));
                entries.Add(new CalendarEntry(CalendarEntryKind.CycleDraftsDue, cycle.Id, cycle.DraftsDue, $"Drafts due: {cycle.Name}", null, null));
                entries.Add(new CalendarEntry(CalendarEntryKind.CycleReviewsDue, cycle.Id, cycle.ReviewsDue, $"Reviews due: {cycle.Name}", null, null));
            }
        }
        if (checkIns is not null)
        {
            entries.AddRange(CheckInDays(person.Id, checkIns));
        }
        return [.. entries.Where(e => e.Date >= from && e.Date <= to).OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.EntityId)];
    }

    /// <summary>
    /// One event on each check-in day that falls within a plan's span, once a week however many plans: the entity is
    /// the person, so with the date the event keeps one identity (UID) while the plans it names change.
    /// </summary>
    public static IEnumerable<CalendarEntry> CheckInDays(int personId, CalendarCheckIns checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        return checkIns.Spans
            .SelectMany(span => CheckIns.CheckInWeeks.DueBetween(span.From, span.To, checkIns.Day).Select(due => (due, span)))
            .GroupBy(x => x.due)
            .OrderBy(g => g.Key)
            .Select(g => new CalendarEntry(CalendarEntryKind.CheckInDue, personId, g.Key, "Weekly check-in",
                $"Check in on {string.Join(", ", g.Select(x => x.span.Plan).Distinct())}: each commitment's number and confidence, wins, blockers and next week's focus.",
                g.Count() == 1 ? g.First().span.PlanId : null));
    }

    /// <summary>Does the person take part in this review? A one-on-one is the coached person's and their managers' only.</summary>
    public static bool Attends(CalendarPerson person, CalendarPlan plan, CalendarReview review)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(review);
        return review.Kind == ReviewKind.OneOnOne
            ? review.PersonId == person.Id || Leads(person, review.PersonTeamId)
            : TakesPart(person, plan);
    }

    /// <summary>Does the person take part in the plan's strategic and tactical reviews?</summary>
    public static bool TakesPart(CalendarPerson person, CalendarPlan plan)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(plan);
        return plan.OwnerId == person.Id
            || plan.Named.Contains(person.Id)
            || plan.BindsTeam && person.TeamId is { } team && plan.TeamId == team
            || Leads(person, plan.TeamId)
            || Leads(person, plan.OwnerTeamId);
    }

    private static bool Owns(CalendarPerson person, CalendarPlan plan, TacticOwner owner) =>
        owner.PersonId == person.Id || owner.IsTeam && person.TeamId is { } team && plan.TeamId == team;

    private static bool Plans(CalendarPerson person) =>
        person.Role is PersonRole.Admin or PersonRole.Executive || person.TeamId is not null || person.ManagedTeams.Count > 0;

    private static bool Leads(CalendarPerson person, int? teamId) => teamId is { } id && person.ManagedTeams.Contains(id);

    /// <summary>The event of a review (also its own download): the kind and the plan, and for a one-on-one whom it coaches.</summary>
    public static CalendarEntry EntryOf(CalendarReview review, CalendarPlan plan)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(plan);
        var title = review.Kind switch
        {
            ReviewKind.Strategic => $"Strategic review: {plan.Name}",
            ReviewKind.Tactical => $"Tactical review: {plan.Name}",
            _ => $"One-on-one: {review.PersonName ?? "coaching"} ({plan.Name})",
        };
        return new CalendarEntry(CalendarEntryKind.Review, review.Id, review.Date, title, review.Held ? "Held." : null, plan.Id);
    }
}
