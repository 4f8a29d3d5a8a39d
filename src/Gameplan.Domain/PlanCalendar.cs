namespace Gameplan.Domain;

/// <summary>
/// The days a plan can be about: 1900-01-01 to 2200-12-31, both inclusive. Wider than any sales plan,
/// narrow enough that every date calculation (a quarter after the due date, a week before the start)
/// stays inside the calendar; at 0001-01-01 or 9999-12-31 those calculations fall off it.
/// </summary>
public static class PlanCalendar
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2200, 12, 31);

    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>The sentence shown when <paramref name="field"/> holds a day outside the range.</summary>
    public static string OutOfRange(string field, DateOnly day) =>
        $"The {Guard.Label(field)} {day:yyyy-MM-dd} is outside the supported dates ({Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}).";

    /// <summary>Returns <paramref name="day"/>, or refuses it naming <paramref name="field"/> when it is outside the range.</summary>
    public static DateOnly? Check(DateOnly? day, string field) =>
        day is { } d && !Contains(d) ? throw new DomainRuleException(OutOfRange(field, d), field) : day;

    /// <inheritdoc cref="Check(DateOnly?, string)"/>
    public static DateOnly Check(DateOnly day, string field) => Check((DateOnly?)day, field)!.Value;
}
