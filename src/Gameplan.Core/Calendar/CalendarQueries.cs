using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Calendar;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Calendar;

/// <summary>
/// A person's calendar (the events <see cref="CalendarSelection"/> picks for them) as entries or as the
/// iCalendar text of their feed, and one review as an .ics file. The feed covers a year back and two ahead.
/// </summary>
public sealed class CalendarQueries(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>Days before today that the feed still lists (last quarter's reviews and more).</summary>
    public const int PastDays = 366;

    /// <summary>Days after today that the feed lists (next year's planning cycle included).</summary>
    public const int FutureDays = 731;

    /// <summary>
    /// The feed behind a secret address, read without signing in; null for an unknown or revoked secret, or
    /// a person no longer active (the caller answers 404 alike, so nobody learns which).
    /// </summary>
    public async Task<string?> FeedAsync(string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(CalendarCommands.SecretPrefix, StringComparison.Ordinal) || secret.Length > CalendarCommands.MaxSecretLength)
        {
            return null;
        }
        var hash = CalendarCommands.Hash(secret);
        CalendarFeed? feed;
        using (db.AcrossOrganizations())
        {
            feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.Hash == hash, ct);
        }
        if (feed is null)
        {
            return null;
        }
        // The secret is the only credential: its organisation is the scope of everything read for it.
        var (scope, all) = (db.OrganizationScope, db.AllOrganizations);
        db.OrganizationScope = feed.OrganizationId;
        try
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == feed.PersonId && p.IsActive).Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return null;
            }
            var entries = await EventsAsync(feed.PersonId, ct: ct);
            return CalendarWriter.Write(entries, feed.OrganizationId, await ZoneAsync(ct), $"Gameplan: {person}", clock.GetUtcNow());
        }
        finally
        {
            db.OrganizationScope = scope;
            if (all)
            {
                db.UseAllOrganizations();
            }
        }
    }

    /// <summary>The events of <paramref name="personId"/>'s calendar around <paramref name="today"/> (default: the organisation's today).</summary>
    public async Task<IReadOnlyList<CalendarEntry>> EventsAsync(int personId, DateOnly? today = null, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Handle, p.Role, p.TeamId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Person {personId}");
        var day = today ?? await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var (from, to) = (day.AddDays(-PastDays), day.AddDays(FutureDays));
        var tree = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        var actor = Actor.For(person.Id, person.Role, person.TeamId, tree);
        var me = new CalendarPerson(person.Id, person.Role, person.TeamId, actor.ManagedTeams);

        var planIds = await db.Plans.AsNoTracking()
            .Where(p => p.Reviews.Any(r => r.Date >= from && r.Date <= to) || p.Tactics.Any(t => t.Due >= from && t.Due <= to))
            .Select(p => p.Id).ToListAsync(ct);
        var plans = await db.LoadPlansAsync(planIds, ct);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Name, p.TeamId), ct);
        var cycles = await db.Cycles.AsNoTracking().ToListAsync(ct);
        var checkIns = await CheckInsAsync(new CheckIns.CheckInPlans.Member(person.Id, person.Handle, person.TeamId), from, to, ct);

        return CalendarSelection.For(
            me,
            plans.Select(p => Facts(p, people)),
            plans.SelectMany(p => p.Reviews).Select(r => Facts(r, people)),
            plans.SelectMany(p => p.Tactics).Select(t => new CalendarTactic(t.Id, t.PlanId, t.Action, t.Due, t.Status, t.Owner)),
            cycles.Select(c => new CalendarCycle(c.Id, c.Name, c.Opens, c.DraftsDue, c.ReviewsDue)),
            from,
            to,
            checkIns);
    }

    /// <summary>The check-in days of the person: each active plan they are on, from the day they joined it to its end.</summary>
    private async Task<CalendarCheckIns> CheckInsAsync(CheckIns.CheckInPlans.Member person, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var on = await CheckIns.CheckInPlans.ForAsync(db, new PlanQueries(db), organization, [person], from, to, ct);
        return new CalendarCheckIns(organization.CheckInDay,
            [.. on.Select(p => new CalendarCheckInSpan(p.Plan.Id, p.Plan.Name, p.Joined > from ? p.Joined : from, p.PlanEnd < to ? p.PlanEnd : to))]);
    }

    /// <summary>One review of a plan as an .ics file (the caller checks that the reader may read the plan).</summary>
    public async Task<CalendarFile> ReviewAsync(int planId, int reviewId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var review = plan.FindReview(reviewId) ?? throw new NotFoundException($"Review {reviewId}");
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Name, p.TeamId), ct);
        var entry = CalendarSelection.EntryOf(Facts(review, people), Facts(plan, people));
        var text = CalendarWriter.Write([entry], plan.OrganizationId, await ZoneAsync(ct), entry.Title, clock.GetUtcNow());
        return new CalendarFile($"review-{reviewId}.ics", text);
    }

    private static CalendarPlan Facts(StrategicPlan plan, Dictionary<int, (string Name, int? TeamId)> people)
    {
        var commitments = plan.Tactics.SelectMany(t => t.Commitments).ToList();
        var named = plan.Goals.Select(g => g.DriId)
            .Concat(plan.Strategies.Select(s => s.DriId))
            .Concat(plan.Tactics.Select(t => t.OwnerId))
            .Concat(commitments.SelectMany(c => c.NamedAssignees).Select(a => (int?)a.PersonId))
            .OfType<int>().ToHashSet();
        var bindsTeam = plan.Tactics.Any(t => t.OwnerIsTeam) || commitments.Any(c => c.Assignees == AssigneeMode.Team);
        var ownerTeam = plan.OwnerId is { } owner && people.TryGetValue(owner, out var o) ? o.TeamId : null;
        return new CalendarPlan(plan.Id, plan.Name, plan.OwnerId, plan.TeamId, ownerTeam, named, bindsTeam);
    }

    private static CalendarReview Facts(Review review, Dictionary<int, (string Name, int? TeamId)> people)
    {
        var coached = review.PersonId is { } id && people.TryGetValue(id, out var p) ? p : default((string Name, int? TeamId)?);
        return new CalendarReview(review.Id, review.PlanId, review.Kind, review.Date, review.Held, review.PersonId, coached?.TeamId, coached?.Name);
    }

    private async Task<string> ZoneAsync(CancellationToken ct)
    {
        var organization = db.RequireOrganization();
        var zone = await db.Organizations.AsNoTracking().Where(o => o.Id == organization).Select(o => o.TimeZone).FirstOrDefaultAsync(ct);
        return TimeZones.Find(zone).Id;
    }
}
