namespace Gameplan.Core.Activities;

/// <summary>
/// Splits an inclusive day range into the whole calendar months inside it (read from the month
/// roll-up) and the days of the partial months at either end (read from the day aggregates).
/// </summary>
/// <param name="WholeMonths">First days of the first and last whole month; null when no month is whole.</param>
/// <param name="PartialDays">Up to two inclusive day ranges outside the whole months.</param>
internal sealed record MonthSplit((DateOnly First, DateOnly Last)? WholeMonths, IReadOnlyList<(DateOnly First, DateOnly Last)> PartialDays)
{
    public static MonthSplit Of(DateOnly from, DateOnly to)
    {
        // The first month starting on or after from, and the last month ending on or before to.
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var afterTo = to.AddDays(1);
        var endWhole = afterTo.Day == 1 ? afterTo : new DateOnly(afterTo.Year, afterTo.Month, 1);
        if (firstWhole >= endWhole)
        {
            return new MonthSplit(null, [(from, to)]);
        }
        var partial = new List<(DateOnly, DateOnly)>();
        if (from < firstWhole)
        {
            partial.Add((from, firstWhole.AddDays(-1)));
        }
        if (endWhole <= to)
        {
            partial.Add((endWhole, to));
        }
        return new MonthSplit((firstWhole, endWhole.AddMonths(-1)), partial);
    }
}
