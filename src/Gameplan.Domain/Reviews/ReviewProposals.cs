using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Reviews;

/// <summary>A review the plan's cadence asks for next and nobody has scheduled yet.</summary>
/// <param name="PersonId">For a one-on-one, the person coached.</param>
/// <param name="Why">In words: the cadence it follows.</param>
public sealed record ProposedReview(ReviewKind Kind, DateOnly Date, int? PersonId, string Why);

/// <summary>
/// The next reviews the plan's cadence asks for (its settings: <c>strategic_review_days</c>, <c>tactical_review_days</c>, the
/// same numbers GP304 and GP305 check): for each kind with no review planned from today on, the day after the last held one
/// (else the period start) plus the cadence, today when that is already past, none after the period ends. There is no
/// one-on-one cadence in the settings, so one-on-ones are proposed only per person already coached in the plan, at their own
/// rhythm (the gap between their last two), never further apart than the strategic cadence (the practice: at least quarterly).
/// </summary>
public static class ReviewProposals
{
    public static IReadOnlyList<ProposedReview> Next(IReadOnlyList<ReviewFacts> reviews, CritiqueSettings settings, DateOnly? periodStart, DateOnly? periodEnd, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(settings);
        var proposals = new List<ProposedReview>();
        foreach (var (kind, days) in new[] { (ReviewKind.Strategic, settings.StrategicReviewDays), (ReviewKind.Tactical, settings.TacticalReviewDays) })
        {
            var mine = reviews.Where(r => r.Kind == kind).ToList();
            if (mine.Any(r => !r.Held && r.Date >= today))
            {
                continue;
            }
            var lastHeld = mine.Where(r => r.Held).Select(r => (DateOnly?)r.Date).Max();
            var from = lastHeld ?? periodStart;
            Add(kind, from?.AddDays(days), null, lastHeld is { } held
                ? AgendaText.Text($"every {days} days; the last {Name(kind)} review was held on {held:yyyy-MM-dd}")
                : AgendaText.Text($"every {days} days; none held yet"));
        }
        foreach (var person in reviews.Where(r => r.Kind == ReviewKind.OneOnOne && r.PersonId is not null).GroupBy(r => r.PersonId!.Value).OrderBy(g => g.Key))
        {
            if (person.Any(r => !r.Held && r.Date >= today))
            {
                continue;
            }
            var dates = person.Select(r => r.Date).OrderDescending().ToList();
            var gap = dates.Count > 1 ? Math.Clamp(dates[0].DayNumber - dates[1].DayNumber, 1, settings.StrategicReviewDays) : settings.StrategicReviewDays;
            Add(ReviewKind.OneOnOne, dates[0].AddDays(gap), person.Key, AgendaText.Text($"every {gap} days, as their last one-on-ones; the last was on {dates[0]:yyyy-MM-dd}"));
        }
        return proposals;

        void Add(ReviewKind kind, DateOnly? due, int? personId, string why)
        {
            var date = due is { } d && d > today ? d : today;
            if (periodEnd is { } end && date > end)
            {
                return;
            }
            proposals.Add(new ProposedReview(kind, date, personId, due is { } late && late < today ? $"{why} (overdue since {late:yyyy-MM-dd})" : why));
        }
    }

    private static string Name(ReviewKind kind) => kind == ReviewKind.Strategic ? "strategic" : "tactical";
}
