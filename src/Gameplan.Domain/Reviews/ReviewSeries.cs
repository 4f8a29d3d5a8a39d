using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>
/// A review's series: the reviews of the same plan and kind (for a one-on-one, also the same person), in date order
/// (then id, for two on one day). The previous review, what carries forward and the order of talking points follow from it.
/// </summary>
public static class ReviewSeries
{
    public static bool Same(ReviewFacts a, ReviewFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Kind == b.Kind && (a.Kind != ReviewKind.OneOnOne || a.PersonId == b.PersonId);
    }

    /// <summary>Does <paramref name="a"/> come before <paramref name="b"/>?</summary>
    public static bool Before(ReviewFacts a, ReviewFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Date < b.Date || (a.Date == b.Date && a.Id < b.Id);
    }

    /// <summary>The earlier reviews of <paramref name="review"/>'s series, latest first.</summary>
    public static IReadOnlyList<ReviewFacts> Earlier(ReviewFacts review, IEnumerable<ReviewFacts> reviews) =>
        [.. reviews.Where(r => r.Id != review.Id && Same(r, review) && Before(r, review)).OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)];

    /// <summary>The latest earlier review of the series that was held: what "since" and "then" are measured from.</summary>
    public static ReviewFacts? PreviousHeld(ReviewFacts review, IEnumerable<ReviewFacts> reviews) =>
        Earlier(review, reviews).FirstOrDefault(r => r.Held);

    /// <summary>The next review of the series after <paramref name="review"/>, held or not.</summary>
    public static ReviewFacts? Next(ReviewFacts review, IEnumerable<ReviewFacts> reviews) =>
        reviews.Where(r => r.Id != review.Id && Same(r, review) && Before(review, r)).OrderBy(r => r.Date).ThenBy(r => r.Id).FirstOrDefault();

    /// <summary>
    /// The action items raised in earlier reviews of the series that are still open: as of now for a review not held
    /// (<paramref name="asOf"/> null), or open when it was held (<paramref name="asOf"/>: when its snapshot was taken).
    /// Earliest due first. Items raised in the review itself are its own, not carried.
    /// </summary>
    public static IReadOnlyList<ActionItem> CarriedForward(ReviewFacts review, IEnumerable<ReviewFacts> reviews, IEnumerable<ActionItem> items, DateTimeOffset? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var earlier = Earlier(review, reviews).Select(r => r.Id).ToHashSet();
        return [.. items.Where(i => earlier.Contains(i.ReviewId) && (asOf is { } at ? i.WasOpenAt(at) : !i.IsDone))
            .OrderBy(i => i.Due).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)];
    }

    /// <summary>
    /// Talking points in the order the meeting takes them: for a one-on-one the coached person's first (it is their
    /// meeting), then everyone else's; each group oldest first.
    /// </summary>
    public static IReadOnlyList<TalkingPoint> Ordered(ReviewFacts review, IEnumerable<TalkingPoint> points)
    {
        ArgumentNullException.ThrowIfNull(review);
        return [.. points.OrderBy(p => review.Kind == ReviewKind.OneOnOne && p.AuthorId == review.PersonId ? 0 : 1)
            .ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)];
    }
}
