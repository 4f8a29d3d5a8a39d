namespace Gameplan.Domain.Periods;

/// <summary>
/// An organisation's fiscal year: twelve months from its start month, named by the calendar year in
/// which it ends (with a February start, FY2028 runs from 1 February 2027 to 31 January 2028; with a
/// January start, FY2028 is the calendar year 2028). Its quarters are three months each. Both ends inclusive.
/// </summary>
public sealed record FiscalYear(int Year, int StartMonth)
{
    /// <summary>The fiscal year's first day.</summary>
    public DateOnly Start => new DateOnly(Year, StartMonth, 1).AddYears(StartMonth == 1 ? 0 : -1);

    /// <summary>The fiscal year's last day (inclusive).</summary>
    public DateOnly End => Start.AddYears(1).AddDays(-1);

    /// <summary>"FY2028".</summary>
    public string Name => $"FY{Year}";

    /// <summary>The four quarters, Q1 first: (name, first day, last day).</summary>
    public IReadOnlyList<(string Name, DateOnly Start, DateOnly End)> Quarters =>
        [.. Enumerable.Range(0, 4).Select(q => ($"Q{q + 1} {Name}", Start.AddMonths(3 * q), Start.AddMonths(3 * (q + 1)).AddDays(-1)))];

    /// <summary>The fiscal year that contains <paramref name="day"/>.</summary>
    public static FiscalYear Containing(DateOnly day, int startMonth)
    {
        Check(startMonth);
        // The year ends in the calendar year of its last month: months before the start month belong to the year ending now.
        var year = startMonth == 1 || day.Month < startMonth ? day.Year : day.Year + 1;
        return new FiscalYear(year, startMonth);
    }

    /// <summary>The fiscal year after this one.</summary>
    public FiscalYear Next => this with { Year = Year + 1 };

    /// <summary>Refuses a start month outside 1..12, naming the setting.</summary>
    public static int Check(int startMonth) => startMonth is >= 1 and <= 12
        ? startMonth
        : throw new DomainRuleException("The fiscal year starts in a month from 1 (January) to 12 (December).", "fiscal_year_start_month");
}
