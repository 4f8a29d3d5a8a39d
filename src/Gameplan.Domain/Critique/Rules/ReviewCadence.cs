namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// Shared by GP304 and GP305: a review of a kind is overdue when more than its cadence has passed
/// since the later of the period start and the last held review of that kind (on or before
/// today). Nothing is overdue before the period starts, nor in a plan with no reviews at all
/// (GP306 reports that), nor when neither the period start nor a held review is known.
/// </summary>
internal abstract class ReviewCadence : CritiqueRule
{
    public override FindingSeverity Severity => FindingSeverity.Warning;

    protected abstract string Kind { get; }

    protected abstract int CadenceDays(CritiqueSettings settings);

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var plan = context.Plan;
        if (plan.Reviews.Count == 0 || (plan.PeriodStart is { } begin && begin > context.Today))
        {
            yield break;
        }
        var lastHeld = plan.Reviews
            .Where(review => review.Held && review.Date <= context.Today && CritiqueContext.SameName(review.Kind, Kind))
            .Max(review => review.Date);
        var clock = new[] { plan.PeriodStart, lastHeld }.Max();
        var days = CadenceDays(context.Settings);
        if (clock is { } since && context.Today.DayNumber - since.DayNumber > days)
        {
            var what = lastHeld is { } held ? $"the last one was held on {held:yyyy-MM-dd}" : "none has been held since the period started";
            yield return Report("reviews",
                $"The {Kind} review is overdue: {what}, more than {days} days before {context.Today:yyyy-MM-dd}.",
                $"Hold a {Kind} review and record it as held; schedule the next within {days} days.");
        }
    }
}
