using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Webhooks;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Reviews;

/// <summary>Schedules, records and removes a plan's reviews.</summary>
public sealed class ReviewCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<ReviewDetails> CreateAsync(int planId, ReviewRequest request, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Person], ct);
        var review = plan.AddReview(Fields(request, people), clock.GetUtcNow());
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(review, people);
    }

    public Task<ReviewDetails> UpdateAsync(int planId, int reviewId, ReviewRequest request, CancellationToken ct = default) =>
        UpdateAsync(planId, reviewId, request, null, ct);

    /// <summary>Replaces a review, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<ReviewDetails> UpdateAsync(int planId, int reviewId, ReviewRequest request, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var review = plan.FindReview(reviewId) ?? throw new NotFoundException($"Review {reviewId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(review), "review");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Person], ct);
        var becomesHeld = !review.Held && request.Held;
        if (becomesHeld)
        {
            // Held from the review form too: keep the agenda it shows now, as the workspace's "mark held" does.
            var agenda = await new ReviewAgendaQueries(db, clock).PrepareAsync(planId, review, ct);
            await new ReviewWorkspaceCommands(db, clock).KeepAsync(planId, reviewId, agenda, clock.GetUtcNow(), ct);
        }
        plan.UpdateReview(review, Fields(request, people), clock.GetUtcNow());
        await change.SaveAsync(ct);
        if (becomesHeld)
        {
            await new WebhookOutbox(db, clock).ReviewHeldAsync(planId, reviewId, ReviewWorkspaceCommands.KindName(review.Kind), review.Date, ct);
        }
        return PlanMapping.ToDetails(review, people);
    }

    public Task DeleteAsync(int planId, int reviewId, CancellationToken ct = default) => DeleteAsync(planId, reviewId, null, ct);

    /// <summary>Removes a review, only while it is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int planId, int reviewId, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var review = plan.FindReview(reviewId) ?? throw new NotFoundException($"Review {reviewId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(review), "review");
        plan.RemoveReview(review, clock.GetUtcNow());
        await change.SaveAsync(ct);
    }

    private static ReviewFields Fields(ReviewRequest request, PeopleIndex people) =>
        new(
            request.Kind,
            request.Date ?? throw new DomainRuleException("The review date is required.", "date"),
            request.Held,
            request.Notes,
            people.IdOf(request.Person, "person"));
}
