using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Reviews;

/// <summary>Reads a review's workspace, and the open action items a person owns (for their inbox).</summary>
public sealed class ReviewWorkspaceQueries(GameplanDbContext db, TimeProvider clock)
{
    public async Task<ReviewWorkspace> GetAsync(int planId, int reviewId, Actor actor, CancellationToken ct = default)
    {
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        var review = target.Review;
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var (agenda, takenAt) = await new ReviewAgendaQueries(db, clock).ForAsync(planId, review, ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Name).FirstAsync(ct);
        var reviews = await db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Reviews)
            .Select(r => new ReviewFacts(r.Id, r.Kind, r.Date, r.Held, r.PersonId)).ToListAsync(ct);
        var self = ReviewFacts.Of(review);
        var items = await db.ActionItems.AsNoTracking().Where(i => i.PlanId == planId).ToListAsync(ct);
        var points = ReviewSeries.Ordered(self, await db.TalkingPoints.AsNoTracking().Where(t => t.ReviewId == reviewId).ToListAsync(ct));
        var decisions = (await db.ReviewDecisions.AsNoTracking().Where(d => d.ReviewId == reviewId).ToListAsync(ct)).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToList();
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        ReviewPerson Person(int id) => people.TryGetValue(id, out var p) ? new ReviewPerson(p.Handle, p.Name) : new ReviewPerson("?", "(unknown)");
        var dates = reviews.ToDictionary(r => r.Id, r => r.Date);
        ActionItemDetails Item(ActionItem i) => ActionItemMapping.ToDetails(i, plan, dates.GetValueOrDefault(i.ReviewId), Person(i.OwnerId), today,
            ReviewAccess.MayTick(actor, target.Plan, target.Facts, i.OwnerId));

        var handle = review.PersonId is { } coached ? Person(coached) : null;
        var details = new ReviewDetails(review.Id, review.Kind, review.Date, review.Held, review.Notes, handle?.Handle);
        // Whom an action item may be given to: the people the reader may hold to account, active, by name.
        var assignable = target.MayRun
            ? people.Values.Where(p => p.IsActive && PlanAccess.MayName(actor, p.Id, p.TeamId)).OrderBy(p => p.Name).Select(p => new ReviewPerson(p.Handle, p.Name)).ToList()
            : [];
        return new ReviewWorkspace(planId, plan, details, handle?.Name, today, review.Held, takenAt, agenda,
            [.. target.Facts.Participants.Select(Person).OrderBy(p => p.Name, StringComparer.Ordinal)],
            [.. points.Select(t =>
            {
                var author = Person(t.AuthorId);
                return new TalkingPointDetails(t.Id, author.Handle, author.Name, t.Text, t.Discussed, t.CreatedAt,
                    ReviewAccess.MayChangeTalkingPoint(actor, target.Plan, target.Facts, t.AuthorId));
            })],
            [.. decisions.Select(d => new DecisionDetails(d.Id, d.Text, Person(d.AuthorId).Handle, d.CreatedAt))],
            [.. items.Where(i => i.ReviewId == reviewId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(Item)],
            [.. ReviewSeries.CarriedForward(self, reviews, items).Select(Item)],
            new ReviewPermissions(target.MayRun, ReviewAccess.MayAddTalkingPoint(actor, target.Plan, target.Facts)),
            assignable);
    }

    /// <summary>
    /// The open action items the actor owns, earliest due first, each with a link to where it is ticked, in reviews they
    /// still read (an item in a review they no longer read is not listed: authorise the result, not only the target).
    /// </summary>
    public async Task<IReadOnlyList<ActionItemDetails>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.PersonId is not { } me)
        {
            return [];
        }
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var items = await db.ActionItems.AsNoTracking().Where(i => i.OwnerId == me && i.DoneAt == null).ToListAsync(ct);
        var planIds = items.Select(i => i.PlanId).Distinct().ToList();
        var reviews = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Reviews).ToDictionaryAsync(r => r.Id, ct);
        var names = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reviewIds = reviews.Keys.ToList();
        var participants = (await db.ReviewParticipants.AsNoTracking().Where(p => reviewIds.Contains(p.ReviewId)).ToListAsync(ct)).ToLookup(p => p.ReviewId, p => p.PersonId);
        var access = new PlanAccessQueries(db);
        var facts = new Dictionary<int, PlanFacts?>();
        foreach (var id in planIds)
        {
            facts[id] = await access.FactsAsync(id, ct);
        }
        var self = await db.People.AsNoTracking().FirstAsync(p => p.Id == me, ct);
        var owner = new ReviewPerson(self.Handle, self.Name);
        return [.. items.Where(i => reviews.ContainsKey(i.ReviewId) && facts[i.PlanId] is { } plan
                && ReviewAccess.MayRead(actor, plan, new ReviewAccess.Facts(reviews[i.ReviewId].Kind, reviews[i.ReviewId].PersonId, [.. participants[i.ReviewId]])))
            .OrderBy(i => i.Due).ThenBy(i => i.Id)
            .Select(i => ActionItemMapping.ToDetails(i, names[i.PlanId], reviews[i.ReviewId].Date, owner, today, true))];
    }

    /// <summary>The next reviews the plan's cadence asks for (see <see cref="ReviewProposals"/>), under the plan's settings over the organisation's.</summary>
    public async Task<IReadOnlyList<ReviewProposal>> ProposeAsync(int planId, CancellationToken ct = default)
    {
        var plan = await new PlanQueries(db).GetAsync(planId, ct);
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var settings = EffectiveSettings.For(plan.Settings.ToSettings(), await OrganizationQueries.LoadAsync(db, ct));
        var reviews = await db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Reviews)
            .Select(r => new ReviewFacts(r.Id, r.Kind, r.Date, r.Held, r.PersonId)).ToListAsync(ct);
        var proposals = plan.Status == PlanStatus.Closed ? [] : ReviewProposals.Next(reviews, settings, plan.Period.Start, plan.Period.End, today);
        var ids = proposals.Select(p => p.PersonId).OfType<int>().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return [.. proposals.Select(p => new ReviewProposal(p.Kind, p.Date,
            p.PersonId is { } id && people.TryGetValue(id, out var person) ? person.Handle : null,
            p.PersonId is { } pid && people.TryGetValue(pid, out var named) ? named.Name : null, p.Why))];
    }

    /// <summary>
    /// The plan's reviews as the actor may see them: a one-on-one they may not read (a colleague's) keeps its date and kind
    /// but not its notes, nor whom it is with.
    /// </summary>
    public async Task<IReadOnlyList<ReviewDetails>> VisibleAsync(int planId, IReadOnlyList<ReviewDetails> reviews, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.All(r => r.Kind != ReviewKind.OneOnOne) || await new PlanAccessQueries(db).FactsAsync(planId, ct) is not { } plan || ReviewAccess.MayRun(actor, plan))
        {
            return reviews;
        }
        var ids = reviews.Select(r => r.Id).ToList();
        var participants = (await db.ReviewParticipants.AsNoTracking().Where(p => ids.Contains(p.ReviewId)).ToListAsync(ct)).ToLookup(p => p.ReviewId, p => p.PersonId);
        var coached = await db.Plans.AsNoTracking().Where(p => p.Id == planId).SelectMany(p => p.Reviews).ToDictionaryAsync(r => r.Id, r => r.PersonId, ct);
        return [.. reviews.Select(r => r.Kind != ReviewKind.OneOnOne
            || ReviewAccess.MayRead(actor, plan, new ReviewAccess.Facts(r.Kind, coached.GetValueOrDefault(r.Id), [.. participants[r.Id]]))
                ? r : r with { Notes = null, Person = null })];
    }
}
