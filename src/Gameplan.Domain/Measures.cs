namespace Gameplan.Domain;

/// <summary>
/// How a value with its unit, a day and a span read for people, on the pages and in the documents Gameplan
/// writes (the Markdown one-pager): one way, beside <see cref="Numbers"/>.
/// </summary>
public static class Measures
{
    /// <summary>A number grouped ("9,500,000"), or a dash when there is none.</summary>
    public static string Number(decimal? value) => value is { } number ? Numbers.Format(number, Numbers.FullDecimals, grouped: true) : "—";

    /// <summary>A value with its unit: "9,500,000 USD" for <c>currency:USD</c>, "7 months", a bare count as is.</summary>
    public static string Of(decimal? value, string? unit) => value is null ? "—" : unit switch
    {
        null or "" or "count" => Number(value),
        _ when unit.StartsWith("currency:", StringComparison.OrdinalIgnoreCase) => $"{Number(value)} {unit["currency:".Length..]}",
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>"30 Sep 2027" (or as the organisation's locale writes a day: <see cref="DateStyle"/>), or a dash.</summary>
    public static string Date(DateOnly? date) => date is { } day ? DateStyle.Current.Date(day) : "—";

    /// <summary>A timeline; both days inclusive.</summary>
    public static string Span(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "no timeline",
        ({ } s, null) => $"from {Date(s)}, no due date",
        (null, { } e) => $"by {Date(e)}",
        ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
    };

    /// <summary>A ratio as a whole percentage ("85%"), or a dash.</summary>
    public static string Percent(decimal? ratio) => ratio is { } value ? Numbers.Format(Numbers.Percent(value), 0, grouped: true) + "%" : "—";
}
