namespace Gameplan.Core.Pace;

/// <summary>Rounding for display, as the pace report rounds: quantities to 2 decimals, ratios to 3, no trailing zeros.</summary>
internal static class PaceNumbers
{
    public static decimal Quantity(decimal value) => Round(value, 2);

    public static decimal? Ratio(decimal? value) => value is { } exact ? Round(exact, 3) : null;

    // Dividing by 1.000... drops the trailing zeros a rounded decimal keeps (60.00 -> 60).
    private static decimal Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
}
