using System.Globalization;

namespace Gameplan.Domain;

/// <summary>
/// The one way Gameplan rounds a number and writes it for people, on every page, in the API and in the
/// CLI. The midpoint rule is half away from zero (12.345 to 2 decimals is 12.35, -2.5 to 0 is -3), as
/// people round by hand; .NET's <c>Math.Round</c> default (half to even) would show 12.34. Calculations
/// keep exact decimals and round only what they show. A rounded value has no trailing zeros (60, not
/// 60.00) and is never a negative zero. Text is invariant (a dot for decimals, commas when grouped).
/// </summary>
public static class Numbers
{
    /// <summary>Decimals of ratios (progress, attainment) as shown.</summary>
    public const int RatioDecimals = 3;

    /// <summary>Decimals of quantities and values as shown.</summary>
    public const int QuantityDecimals = 2;

    /// <summary>Decimals of a number written in full (a stored value, a formula's term).</summary>
    public const int FullDecimals = 4;

    // Every digit a decimal can hold, so "rounding" to it only drops trailing zeros.
    private const int AllDecimals = 28;

    private const string Plain = "0.############################";
    private const string Grouped = "#,0.############################";

    /// <summary><paramref name="value"/> rounded to <paramref name="decimals"/> decimals, half away from zero, without trailing zeros.</summary>
    public static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // A tiny negative rounds to a negative zero, which would show as "-0". Dividing by 1.000...0 (28 zeros) keeps the
        // value and drops its trailing zeros (60.00 is 60) without writing and reading it as text: pages round thousands of values.
        return rounded == 0m ? 0m : rounded / 1.0000000000000000000000000000m;
    }

    /// <inheritdoc cref="Round(decimal, int)"/>
    public static decimal? Round(decimal? value, int decimals) => value is { } exact ? Round(exact, decimals) : null;

    /// <summary>A score or confidence computed in floating point, rounded by the same rule.</summary>
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A quantity as shown: <see cref="QuantityDecimals"/> decimals.</summary>
    public static decimal RoundQuantity(decimal value) => Round(value, QuantityDecimals);

    /// <inheritdoc cref="RoundQuantity(decimal)"/>
    public static decimal? RoundQuantity(decimal? value) => Round(value, QuantityDecimals);

    /// <summary>A ratio as shown: <see cref="RatioDecimals"/> decimals.</summary>
    public static decimal? RoundRatio(decimal? value) => Round(value, RatioDecimals);

    /// <summary>A ratio as a whole percentage (0.125 is 13).</summary>
    public static decimal Percent(decimal ratio) => Round(ratio * 100m, 0);

    /// <summary><paramref name="value"/> as text, rounded to at most <paramref name="decimals"/> decimals; <paramref name="grouped"/> adds thousands separators (1,234.5).</summary>
    public static string Format(decimal value, int decimals = FullDecimals, bool grouped = false) =>
        Round(value, decimals).ToString(grouped ? Grouped : Plain, CultureInfo.InvariantCulture);

    /// <summary>Every digit of <paramref name="value"/>, without trailing zeros: for files that must read back the same number.</summary>
    public static string Exact(decimal value) => Format(value, AllDecimals);

    /// <summary>A ratio as written in formulas: at most three decimals.</summary>
    public static string Ratio(decimal value) => Format(value, RatioDecimals);

    /// <summary>A quantity as written in formulas: at most four decimals.</summary>
    public static string Quantity(decimal value) => Format(value);
}
