using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Reviews;

/// <summary>Schedules, records and removes a plan's reviews.</summary>
public sealed class ReviewCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<ReviewDetails> CreateAsync(int planId, ReviewRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Person], ct);
        var review = plan.AddReview(Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(review, people);
    }

    public async Task<ReviewDetails> UpdateAsync(int planId, int reviewId, ReviewRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var review = plan.FindReview(reviewId) ?? throw new NotFoundException($"Review {reviewId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Person], ct);
        plan.UpdateReview(review, Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(review, people);
    }

    public async Task DeleteAsync(int planId, int reviewId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var review = plan.FindReview(reviewId) ?? throw new NotFoundException($"Review {reviewId}");
        plan.RemoveReview(review, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

    private static ReviewFields Fields(ReviewRequest request, PeopleIndex people) =>
        new(
            request.Kind,
            request.Date ?? throw new DomainRuleException("The review date is required.", "date"),
            request.Held,
            request.Notes,
            people.IdOf(request.Person, "person"));
}
