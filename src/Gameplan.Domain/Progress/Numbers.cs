using System.Globalization;

namespace Gameplan.Domain.Progress;

/// <summary>Rounding for display only: calculations keep exact decimals.</summary>
internal static class Numbers
{
    /// <summary>Decimals of ratios (progress, attainment) as shown.</summary>
    public const int RatioDecimals = 3;

    /// <summary>Decimals of quantities and values as shown.</summary>
    public const int QuantityDecimals = 2;

    /// <summary><paramref name="value"/> rounded half away from zero, without trailing zeros (60, not 60.00).</summary>
    public static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // A tiny negative rounds to a negative zero, which would show as "-0".
        return rounded == 0m ? 0m : decimal.Parse(rounded.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc cref="Round(decimal, int)"/>
    public static decimal? Round(decimal? value, int decimals) => value is { } exact ? Round(exact, decimals) : null;

    /// <summary>A ratio as written in formulas: invariant, at most three decimals.</summary>
    public static string Ratio(decimal value) => Text(value, RatioDecimals);

    /// <summary>A quantity as written in formulas: invariant, at most four decimals.</summary>
    public static string Quantity(decimal value) => Text(value, 4);

    private static string Text(decimal value, int decimals) => Round(value, decimals).ToString(CultureInfo.InvariantCulture);
}
