using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Tests.Plans;

public sealed class GoalMeasurementTests
{
    private static readonly DateOnly Today = new(2027, 3, 31);
    private static readonly DateTimeOffset Now = new(2027, 3, 31, 9, 0, 0, TimeSpan.Zero);

    private static GoalMeasurement Measure(string date, decimal value, string? note = null, DateOnly? latest = null) =>
        new(1, 2, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value, note, MeasurementSource.Entered, "dana (Dana Reyes)", Now, latest);

    [Theory]
    [InlineData("2027-04-01", "1", null, "date")] // after the latest day allowed
    [InlineData("2027-03-31", "100000000000000", null, "value")] // more than 18 digits with 4 decimals hold
    [InlineData("2027-03-31", "-100000000000000", null, "value")]
    [InlineData("2027-03-31", "1", 501, "note")]
    public void A_measurement_out_of_bounds_is_refused_naming_its_field(string date, string value, int? noteLength, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            Measure(date, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), noteLength is { } n ? new string('x', n) : null, Today));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void The_latest_day_itself_a_negative_value_and_a_blank_note_are_taken_and_the_value_keeps_four_decimals()
    {
        var measurement = Measure("2027-03-31", -2.123456m, "  ", Today);

        Assert.Equal((new DateOnly(2027, 3, 31), -2.1235m, (string?)null), (measurement.Date, measurement.Value, measurement.Note));
    }

    [Fact]
    public void Without_a_latest_day_any_date_is_taken_as_a_plan_file_may_carry_it()
    {
        Assert.Equal(new DateOnly(2030, 1, 1), Measure("2030-01-01", 5).Date);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, true)]
    [InlineData(PlanStatus.InReview, true)]
    [InlineData(PlanStatus.Active, true)]
    [InlineData(PlanStatus.Closed, false)]
    public void Only_a_closed_plan_refuses_measurements(PlanStatus status, bool taken)
    {
        var refusal = Record.Exception(() => GoalMeasurement.EnsurePlanOpen(status, "East 2027"));

        Assert.Equal(taken, refusal is null);
    }
}
