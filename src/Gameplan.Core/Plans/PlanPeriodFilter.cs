using System.Globalization;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>
/// The period filter of the plan list, against a plan's inclusive period: <c>current</c> holds today,
/// <c>upcoming</c> starts after today, <c>past</c> ended before today, and a year (<c>2027</c>) overlaps it.
/// </summary>
public static class PlanPeriodFilter
{
    public const string Current = "current";
    public const string Upcoming = "upcoming";
    public const string Past = "past";

    /// <summary>The earliest and latest year accepted, so a typed address cannot ask for year 0 or 99999.</summary>
    public const int MinYear = 1900, MaxYear = 2200;

    public static bool IsValid(string? period) => period is null or Current or Upcoming or Past || YearOf(period) is not null;

    /// <summary>The year the word names, or null when it is no year in range.</summary>
    public static int? YearOf(string period) =>
        period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear
            ? year : null;

    internal static IQueryable<StrategicPlan> Apply(IQueryable<StrategicPlan> plans, string? period, DateOnly today)
    {
        switch (period)
        {
            case null:
                return plans;
            case Current:
                return plans.Where(p => p.PeriodStart <= today && p.PeriodEnd >= today);
            case Upcoming:
                return plans.Where(p => p.PeriodStart > today);
            case Past:
                return plans.Where(p => p.PeriodEnd < today);
        }
        if (YearOf(period) is not { } year)
        {
            throw new DomainRuleException($"period: '{period}' is not current, upcoming, past or a year between {MinYear} and {MaxYear}.", "period");
        }
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return plans.Where(p => p.PeriodStart <= last && p.PeriodEnd >= first);
    }
}
