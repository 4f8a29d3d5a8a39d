using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Webhooks;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Reviews;

/// <summary>
/// Runs a review in its workspace: participants, talking points, decisions, action items, notes, and marking it held (which
/// keeps the agenda it showed). All but the notes and the held flag sit beside the plan (ADR 0036): they change no plan version.
/// Who may do what is <see cref="ReviewAccess"/>, checked here with the caller for every change.
/// </summary>
public sealed class ReviewWorkspaceCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<ReviewPerson> AddParticipantAsync(int planId, int reviewId, ParticipantRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var person = await ActivePersonAsync(request.Person, "person", ct);
        if (!target.Facts.Participants.Contains(person.Id))
        {
            db.ReviewParticipants.Add(new ReviewParticipant(db.RequireOrganization(), planId, reviewId, person.Id));
            await db.SaveChangesAsync(ct);
        }
        return new ReviewPerson(person.Handle, person.Name);
    }

    public async Task RemoveParticipantAsync(int planId, int reviewId, string handle, Actor actor, CancellationToken ct = default)
    {
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var person = await db.People.FirstOrDefaultAsync(p => p.Handle == handle, ct) ?? throw new NotFoundException($"Person {handle}");
        await db.ReviewParticipants.Where(p => p.ReviewId == reviewId && p.PersonId == person.Id).ExecuteDeleteAsync(ct);
    }

    public async Task<TalkingPointDetails> AddTalkingPointAsync(int planId, int reviewId, TalkingPointRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayAddTalkingPoint();
        var point = new TalkingPoint(db.RequireOrganization(), planId, reviewId, target.PersonId, request.Text, clock.GetUtcNow());
        db.TalkingPoints.Add(point);
        await db.SaveChangesAsync(ct);
        return await PointAsync(target, point, ct);
    }

    public async Task<TalkingPointDetails> ChangeTalkingPointAsync(int planId, int reviewId, int pointId, TalkingPointChange request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        var point = await db.TalkingPoints.FirstOrDefaultAsync(t => t.Id == pointId && t.ReviewId == reviewId && t.PlanId == planId, ct)
            ?? throw new NotFoundException($"Talking point {pointId} of review {reviewId}");
        if (!ReviewAccess.MayChangeTalkingPoint(actor, target.Plan, target.Facts, point.AuthorId))
        {
            throw new AccessDeniedException("Only its author or whoever runs the review changes a talking point.");
        }
        point.Change(request.Text, request.Discussed);
        await db.SaveChangesAsync(ct);
        return await PointAsync(target, point, ct);
    }

    public async Task<DecisionDetails> AddDecisionAsync(int planId, int reviewId, DecisionRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var decision = new ReviewDecision(db.RequireOrganization(), planId, reviewId, target.PersonId, request.Text, clock.GetUtcNow());
        db.ReviewDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return await DecisionAsync(decision, ct);
    }

    public async Task<DecisionDetails> ChangeDecisionAsync(int planId, int reviewId, int decisionId, DecisionRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var decision = await db.ReviewDecisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.ReviewId == reviewId && d.PlanId == planId, ct)
            ?? throw new NotFoundException($"Decision {decisionId} of review {reviewId}");
        decision.Change(request.Text);
        await db.SaveChangesAsync(ct);
        return await DecisionAsync(decision, ct);
    }

    public async Task<ActionItemDetails> AddActionItemAsync(int planId, int reviewId, ActionItemRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var owner = await OwnerAsync(request.Owner, actor, ct);
        var item = ActionItem.Raise(db.RequireOrganization(), planId, reviewId, owner.Id, request.Due, request.Text, target.PersonId, clock.GetUtcNow());
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return await ItemAsync(target, item, ct);
    }

    /// <summary>
    /// Changes an action item through any review of its series that shows it (the one it was raised in, or a later one it
    /// carries forward to). Its owner only ticks it done or open; whoever runs the review changes anything.
    /// </summary>
    public async Task<ActionItemDetails> ChangeActionItemAsync(int planId, int reviewId, int itemId, ActionItemChange request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        var item = await db.ActionItems.FirstOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct)
            ?? throw new NotFoundException($"Action item {itemId} of plan {planId}");
        if (item.ReviewId != reviewId && !await ShownOnAsync(target, item, ct))
        {
            throw new NotFoundException($"Action item {itemId} of review {reviewId}");
        }
        var changesMore = request.Text is not null || request.Owner is not null || request.Due is not null;
        if (changesMore ? !target.MayRun : !ReviewAccess.MayTick(actor, target.Plan, target.Facts, item.OwnerId))
        {
            throw new AccessDeniedException(changesMore
                ? "Only whoever runs the review changes an action item; its owner ticks it done."
                : "Only its owner or whoever runs the review ticks an action item done.");
        }
        if (changesMore)
        {
            var owner = request.Owner is null ? item.OwnerId : (await OwnerAsync(request.Owner, actor, ct)).Id;
            item.Change(owner, request.Due ?? item.Due, request.Text ?? item.Text);
        }
        if (request.Done is { } done)
        {
            item.MarkDone(done, target.PersonId, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return await ItemAsync(target, item, ct);
    }

    /// <summary>Replaces the review's notes (part of the plan: a new plan version, as editing the review is).</summary>
    public async Task<ReviewDetails> SaveNotesAsync(int planId, int reviewId, string? notes, Actor actor, CancellationToken ct = default)
    {
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        return await UpdateReviewAsync(planId, target.Review, notes, target.Review.Held, ct);
    }

    /// <summary>
    /// Marks the review held and keeps the agenda it shows now (<see cref="ReviewSnapshot"/>), so it shows those numbers from
    /// now on, and the next review of its series compares with them. Held again, it keeps what it shows then.
    /// </summary>
    public async Task<ReviewAgendaDetails> MarkHeldAsync(int planId, int reviewId, HeldRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await ReviewTarget.RequireAsync(db, planId, reviewId, actor, ct);
        target.EnsureMayRun();
        var agenda = await new ReviewAgendaQueries(db, clock).PrepareAsync(planId, target.Review, ct);
        var now = clock.GetUtcNow();
        var wasHeld = target.Review.Held;
        await KeepAsync(planId, reviewId, agenda, now, ct);
        var review = await UpdateReviewAsync(planId, target.Review, request.Notes ?? target.Review.Notes, true, ct);
        if (!wasHeld)
        {
            await new WebhookOutbox(db, clock).ReviewHeldAsync(planId, reviewId, KindName(review.Kind), review.Date, ct);
        }
        return new ReviewAgendaDetails(reviewId, review.Kind, review.Date, true, now, agenda);
    }

    /// <summary>A review's kind as the API and the webhooks spell it (<c>one_on_one</c>).</summary>
    internal static string KindName(ReviewKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    /// <summary>Keeps <paramref name="agenda"/> as the review's snapshot (added to the unit of work; the caller saves).</summary>
    internal async Task KeepAsync(int planId, int reviewId, ReviewAgenda agenda, DateTimeOffset now, CancellationToken ct)
    {
        var json = AgendaJson.Write(agenda);
        if (await db.ReviewSnapshots.FirstOrDefaultAsync(s => s.ReviewId == reviewId, ct) is { } kept)
        {
            kept.Retake(json, now);
        }
        else
        {
            db.ReviewSnapshots.Add(new ReviewSnapshot(db.RequireOrganization(), planId, reviewId, json, now));
        }
    }

    private async Task<ReviewDetails> UpdateReviewAsync(int planId, Review read, string? notes, bool held, CancellationToken ct)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var review = change.Plan.FindReview(read.Id) ?? throw new NotFoundException($"Review {read.Id}");
        change.Plan.UpdateReview(review, new ReviewFields(review.Kind, review.Date, held, notes, review.PersonId), clock.GetUtcNow());
        await change.SaveAsync(ct);
        var people = await PeopleIndex.ForIdsAsync(db, [review.PersonId], ct);
        return PlanMapping.ToDetails(review, people);
    }

    private async Task<bool> ShownOnAsync(ReviewTarget target, ActionItem item, CancellationToken ct)
    {
        var reviews = await db.Plans.AsNoTracking().Where(p => p.Id == target.PlanId).SelectMany(p => p.Reviews)
            .Select(r => new ReviewFacts(r.Id, r.Kind, r.Date, r.Held, r.PersonId)).ToListAsync(ct);
        return ReviewSeries.CarriedForward(ReviewFacts.Of(target.Review), reviews, [item]).Count > 0;
    }

    private async Task<Domain.People.Person> ActivePersonAsync(string? handle, string field, CancellationToken ct) =>
        await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Handle == handle && p.IsActive, ct)
            ?? throw new DomainRuleException($"There is no active person '{handle}' in the organisation.", field);

    /// <summary>An action item's owner: an active person the caller may hold to account (themselves; a manager their teams' people).</summary>
    private async Task<Domain.People.Person> OwnerAsync(string? handle, Actor actor, CancellationToken ct)
    {
        var person = await ActivePersonAsync(handle, "owner", ct);
        return PlanAccess.MayName(actor, person.Id, person.TeamId) ? person
            : throw new DomainRuleException($"You may not give {person.Name} an action item: only someone you may hold to account.", "owner");
    }

    private async Task<TalkingPointDetails> PointAsync(ReviewTarget target, TalkingPoint point, CancellationToken ct)
    {
        var author = await db.People.AsNoTracking().FirstAsync(p => p.Id == point.AuthorId, ct);
        return new TalkingPointDetails(point.Id, author.Handle, author.Name, point.Text, point.Discussed, point.CreatedAt,
            ReviewAccess.MayChangeTalkingPoint(target.Actor, target.Plan, target.Facts, point.AuthorId));
    }

    private async Task<DecisionDetails> DecisionAsync(ReviewDecision decision, CancellationToken ct) =>
        new(decision.Id, decision.Text, await db.People.Where(p => p.Id == decision.AuthorId).Select(p => p.Handle).FirstAsync(ct), decision.CreatedAt);

    private async Task<ActionItemDetails> ItemAsync(ReviewTarget target, ActionItem item, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().FirstAsync(p => p.Id == item.OwnerId, ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == item.PlanId).Select(p => p.Name).FirstAsync(ct);
        var raised = await db.Plans.AsNoTracking().Where(p => p.Id == item.PlanId).SelectMany(p => p.Reviews).Where(r => r.Id == item.ReviewId).Select(r => r.Date).FirstAsync(ct);
        var today = await new Organizations.OrganizationClock(db, clock).ForOrganizationAsync(ct);
        return ActionItemMapping.ToDetails(item, plan, raised, new ReviewPerson(owner.Handle, owner.Name), today,
            ReviewAccess.MayTick(target.Actor, target.Plan, target.Facts, item.OwnerId));
    }
}
