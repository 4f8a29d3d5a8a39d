namespace Gameplan.Domain.Funnels;

/// <summary>Names shared by the funnel maths: metric comparison and the unit of a money goal.</summary>
public static class Funnel
{
    /// <summary>The highest number of stages a funnel may have.</summary>
    public const int MaxStages = 12;

    /// <summary>The longest sales cycle, in days.</summary>
    public const int MaxCycleDays = 3650;

    /// <summary>The largest average deal value (in major units).</summary>
    public const decimal MaxDealValue = 1_000_000_000_000m;

    /// <summary>A metric name compared as the rest of the product compares them: trimmed, ignoring case.</summary>
    public static string Normalise(string? metric) => metric?.Trim().ToLowerInvariant() ?? "";

    /// <summary>True when two metric names are the same metric.</summary>
    public static bool SameMetric(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && Normalise(a) == Normalise(b);

    /// <summary>The currency of a money unit (<c>currency:USD</c> is <c>USD</c>); null for any other unit.</summary>
    public static string? CurrencyOf(string? unit)
    {
        var text = unit?.Trim();
        return text is not null && text.StartsWith("currency:", StringComparison.OrdinalIgnoreCase) && text.Length > "currency:".Length
            ? text["currency:".Length..].Trim().ToUpperInvariant()
            : null;
    }
}
