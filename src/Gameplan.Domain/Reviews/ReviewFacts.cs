using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>What the series rules need to know about a review.</summary>
/// <param name="PersonId">For a one-on-one, the person coached.</param>
public sealed record ReviewFacts(int Id, ReviewKind Kind, DateOnly Date, bool Held, int? PersonId = null)
{
    public static ReviewFacts Of(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new(review.Id, review.Kind, review.Date, review.Held, review.PersonId);
    }
}
