using Gameplan.Domain.Cycles;
using Gameplan.Domain.Periods;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Cycles;

public sealed class CycleTests
{
    private static readonly PlanningCycle Cycle = new(1, PlanningCycle.Defaults("FY2028 planning", new(2027, 2, 1), new(2028, 1, 31)), DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(1, "2027-06-15", 2027, "2027-01-01", "2027-12-31")]
    [InlineData(2, "2027-06-15", 2028, "2027-02-01", "2028-01-31")]
    [InlineData(2, "2027-01-31", 2027, "2026-02-01", "2027-01-31")]
    [InlineData(2, "2027-02-01", 2028, "2027-02-01", "2028-01-31")]
    [InlineData(10, "2026-12-06", 2027, "2026-10-01", "2027-09-30")]
    [InlineData(12, "2026-12-01", 2027, "2026-12-01", "2027-11-30")]
    public void A_fiscal_year_is_named_by_the_year_it_ends_in(int startMonth, string day, int year, string start, string end)
    {
        var fiscal = FiscalYear.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), startMonth);

        Assert.Equal((year, start, end), (fiscal.Year, fiscal.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fiscal.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Quarters_are_three_months_each_and_cover_the_year()
    {
        var quarters = new FiscalYear(2028, 2).Quarters;

        Assert.Equal(["Q1 FY2028", "Q2 FY2028", "Q3 FY2028", "Q4 FY2028"], quarters.Select(q => q.Name));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30)), (quarters[0].Start, quarters[0].End));
        Assert.Equal(new DateOnly(2028, 1, 31), quarters[3].End);
        Assert.All(quarters.Zip(quarters.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_start_month_outside_the_year_is_refused_naming_the_setting(int month) =>
        Assert.Equal("fiscal_year_start_month", Assert.Throws<DomainRuleException>(() => FiscalYear.Check(month)).Field);

    [Fact]
    public void A_cycle_opens_the_planning_window_before_its_period_by_default()
    {
        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 12, 18), new DateOnly(2027, 1, 18)), (Cycle.Opens, Cycle.DraftsDue, Cycle.ReviewsDue));
    }

    [Theory]
    [InlineData(null, false, "2026-12-06", CycleStatus.None, "2026-12-18", 12)]
    [InlineData(PlanStatus.Draft, false, "2026-12-18", CycleStatus.Draft, "2026-12-18", 0)]
    [InlineData(PlanStatus.Draft, true, "2026-12-20", CycleStatus.Returned, "2026-12-18", -2)]
    [InlineData(PlanStatus.InReview, false, "2026-12-20", CycleStatus.InReview, "2027-01-18", 29)]
    [InlineData(PlanStatus.Active, false, "2026-12-20", CycleStatus.Approved, null, null)]
    [InlineData(PlanStatus.Closed, false, "2028-03-01", CycleStatus.Approved, null, null)]
    public void A_plans_standing_is_its_status_and_the_days_left_to_the_next_due_date(
        PlanStatus? plan, bool returned, string today, CycleStatus status, string? dueBy, int? daysLeft)
    {
        var standing = CycleStanding.Of(Cycle, plan, returned, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((status, dueBy, daysLeft), (standing.Status, standing.DueBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), standing.DaysLeft));
        Assert.Equal(daysLeft < 0, standing.IsOverdue);
    }

    [Theory]
    [InlineData("2026-12-20", "2026-12-18", "2027-01-18", "drafts_due")]
    [InlineData("2026-11-03", "2027-01-20", "2027-01-18", "reviews_due")]
    [InlineData("2026-11-03", "2026-12-18", "2028-02-01", "reviews_due")]
    public void A_timeline_out_of_order_is_refused_naming_the_date(string opens, string draftsDue, string reviewsDue, string field)
    {
        var fields = new CycleFields("FY2028", new(2027, 2, 1), new(2028, 1, 31),
            DateOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(draftsDue, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(reviewsDue, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => new PlanningCycle(1, fields, DateTimeOffset.UnixEpoch)).Field);
    }
}
