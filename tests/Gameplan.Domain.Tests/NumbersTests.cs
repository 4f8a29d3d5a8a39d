using System.Globalization;

namespace Gameplan.Domain.Tests;

/// <summary>The one rounding and writing of numbers: half away from zero, no trailing zeros, no negative zero.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData("12.345", 2, "12.35")] // My day once showed 12.34 here (half to even) while the off-pace list showed 12.35
    [InlineData("12.335", 2, "12.34")]
    [InlineData("-12.345", 2, "-12.35")]
    [InlineData("2.5", 0, "3")]
    [InlineData("3.5", 0, "4")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("0.0005", 3, "0.001")]
    [InlineData("0.1235", 3, "0.124")]
    [InlineData("60.00", 2, "60")]
    [InlineData("-0.0004", 3, "0")]
    [InlineData("1.2", 4, "1.2")]
    public void A_value_is_rounded_half_away_from_zero_without_trailing_zeros(string value, int decimals, string expected)
    {
        var rounded = Numbers.Round(decimal.Parse(value, CultureInfo.InvariantCulture), decimals);

        Assert.Equal(expected, rounded.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Any_decimal_rounds_to_the_same_value_written_without_trailing_zeros()
    {
        // Every size and scale a decimal has, so the rounding holds beyond the table above (it drops zeros without text).
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29));
            var decimals = random.Next(29);

            var rounded = Numbers.Round(value, decimals);

            Assert.Equal(Math.Round(value, decimals, MidpointRounding.AwayFromZero), rounded);
            var text = rounded.ToString(CultureInfo.InvariantCulture);
            Assert.False(text.Contains('.', StringComparison.Ordinal) && text.EndsWith('0'), $"{value} to {decimals} decimals is written {text}");
            Assert.False(text.StartsWith("-0", StringComparison.Ordinal) && rounded == 0m, $"{value} to {decimals} decimals is written {text}");
        }
    }

    [Theory]
    [InlineData("0.125", "13")]
    [InlineData("0.625", "63")]
    [InlineData("1.005", "101")]
    [InlineData("0", "0")]
    public void A_ratio_becomes_a_whole_percentage_rounded_the_same_way(string ratio, string expected) =>
        Assert.Equal(expected, Numbers.Percent(decimal.Parse(ratio, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1234567.891", 2, false, "1234567.89")]
    [InlineData("1234567.891", 2, true, "1,234,567.89")]
    [InlineData("12.345", 2, false, "12.35")]
    [InlineData("40.50", 4, false, "40.5")]
    [InlineData("-0.00001", 4, false, "0")]
    [InlineData("999.95", 1, true, "1,000")]
    public void Text_is_invariant_rounded_and_optionally_grouped(string value, int decimals, bool grouped, string expected)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A comma-decimal culture on the machine must not leak into what people read.
            var commas = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            (commas.NumberFormat.NumberDecimalSeparator, commas.NumberFormat.NumberGroupSeparator) = (",", ".");
            CultureInfo.CurrentCulture = commas;
            Assert.Equal(expected, Numbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals, grouped));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Exact_text_keeps_every_digit_and_reads_back_the_same_number()
    {
        var value = 0.1234567890123456789m;

        Assert.Equal(value, decimal.Parse(Numbers.Exact(value), CultureInfo.InvariantCulture));
        Assert.Equal("80", Numbers.Exact(80.000m));
    }

    [Theory]
    [InlineData(0.125, 2, 0.13)]
    [InlineData(0.5, 0, 1.0)]
    [InlineData(-0.5, 0, -1.0)]
    public void A_floating_point_score_is_rounded_by_the_same_rule(double value, int decimals, double expected) =>
        Assert.Equal(expected, Numbers.Round(value, decimals));
}
