namespace Gameplan.Domain;

/// <summary>Input checks shared by the domain types; each failure names its field.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainRuleException($"The {Label(field)} is required.", field);
        }
        return MaxLength(text, field, maxLength);
    }

    /// <summary>Blank text becomes null: an unanswered question, which the critique reports.</summary>
    public static string? Optional(string? value, string field, int maxLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : MaxLength(text, field, maxLength);
    }

    public static decimal? NonNegative(decimal? value, string field)
    {
        if (value is < 0)
        {
            throw new DomainRuleException($"The {Label(field)} cannot be negative.", field);
        }
        return value;
    }

    /// <summary>Refuses a negative value or one above <paramref name="max"/> (past it, sums and rates overflow or mean nothing).</summary>
    public static decimal? NonNegative(decimal? value, string field, decimal max) =>
        NonNegative(value, field) is > 0 and var v && v > max
            ? throw new DomainRuleException($"The {Label(field)} can be at most {Numbers.Format(max)}, not {Numbers.Format(v)}.", field)
            : value;

    /// <summary>Refuses a value further than <paramref name="max"/> from zero, either way.</summary>
    public static decimal? Magnitude(decimal? value, string field, decimal max) =>
        value is { } v && Math.Abs(v) > max
            ? throw new DomainRuleException($"The {Label(field)} is too large; at most {Numbers.Format(max, 0, grouped: true)} either way.", field)
            : value;

    public static void Order(DateOnly? start, DateOnly? end, string endField)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new DomainRuleException(
                $"The {Label(endField)} ({e:yyyy-MM-dd}) is before the start ({s:yyyy-MM-dd}).", endField);
        }
    }

    public static string Label(string field) => field.Replace('_', ' ');

    private static string MaxLength(string text, string field, int maxLength) =>
        text.Length <= maxLength
            ? text
            : throw new DomainRuleException($"The {Label(field)} is longer than {maxLength} characters.", field);
}
