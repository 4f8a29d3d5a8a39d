using System.Globalization;

namespace Gameplan.Domain;

/// <summary>
/// How days read for people: one format for the whole organisation, from its locale (the setting "dates";
/// <c>en-US</c> reads "Dec 6, 2026", <c>de-DE</c> "6. Dez. 2026", <c>iso</c> "2026-12-06"). Without a
/// locale days read as before, "6 Dec 2026". Every page, e-mail and document formats days through
/// <see cref="Measures"/>, which asks <see cref="Current"/>; the web host sets it for each request from the
/// signed-in person's organisation (<see cref="Use"/>). The medium date is the locale's long date without
/// the weekday and with the month abbreviated, so the order, separators and month names are the locale's.
/// </summary>
public sealed class DateStyle
{
    /// <summary>The value of the setting that writes days as ISO 8601 (2026-12-06).</summary>
    public const string Iso = "iso";

    /// <summary>The value of the setting that goes back to Gameplan's own style ("6 Dec 2026"); stored as null.</summary>
    public const string Standard = "default";

    /// <summary>The longest locale name stored.</summary>
    public const int MaxLocaleLength = 20;

    /// <summary>The locales the settings offer (any other culture name the platform knows is accepted too).</summary>
    public static readonly IReadOnlyList<string> Offered = ["en-GB", "en-US", "en-AU", "en-CA", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "sv-SE", "pl-PL", "ja-JP", Iso];

    private static readonly AsyncLocal<DateStyle?> Ambient = new();

    private readonly CultureInfo _culture;
    private readonly string _date;
    private readonly string _long;
    private readonly string _weekday;

    private DateStyle(string? locale, CultureInfo culture, string date, string longDate, string weekday)
    {
        Locale = locale;
        _culture = culture;
        _date = date;
        _long = longDate;
        _weekday = weekday;
    }

    /// <summary>Days as Gameplan has always written them ("6 Dec 2026", "Sunday 6 December 2026", "Sun 6").</summary>
    public static DateStyle Default { get; } = new(null, CultureInfo.InvariantCulture, "d MMM yyyy", "dddd d MMMM yyyy", "ddd d");

    /// <summary>The style in force: the request's organisation's, else <see cref="Default"/>.</summary>
    public static DateStyle Current => Ambient.Value ?? Default;

    /// <summary>The setting this style comes from; null for <see cref="Default"/>.</summary>
    public string? Locale { get; }

    /// <summary>
    /// The style of a locale setting: null or blank is <see cref="Default"/>. An unknown locale is refused
    /// naming the field <c>date_locale</c>.
    /// </summary>
    public static DateStyle For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Default;
        }
        var name = Check(locale);
        if (name == Iso)
        {
            return new DateStyle(Iso, CultureInfo.InvariantCulture, "yyyy-MM-dd", "dddd yyyy-MM-dd", "ddd d");
        }
        var culture = CultureInfo.GetCultureInfo(name);
        var longDate = culture.DateTimeFormat.LongDatePattern;
        return new DateStyle(name, culture, Medium(longDate), longDate, "ddd d");
    }

    /// <summary>The canonical name of a locale setting (<c>iso</c> or a culture name), or a refusal naming <c>date_locale</c>.</summary>
    public static string Check(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var trimmed = locale.Trim();
        if (string.Equals(trimmed, Iso, StringComparison.OrdinalIgnoreCase))
        {
            return Iso;
        }
        try
        {
            var culture = trimmed.Length is > 0 and <= MaxLocaleLength ? CultureInfo.GetCultureInfo(trimmed, predefinedOnly: true) : null;
            if (culture is { Name.Length: > 0 })
            {
                return culture.Name;
            }
        }
        catch (CultureNotFoundException)
        {
        }
        throw new DomainRuleException($"\"{locale}\" is not a locale Gameplan knows: use a name such as en-GB, en-US or de-DE, or \"iso\".", "date_locale");
    }

    /// <summary>Makes <paramref name="style"/> the current style until the result is disposed (one request, one e-mail run).</summary>
    public static IDisposable Use(DateStyle style)
    {
        var before = Ambient.Value;
        Ambient.Value = style;
        return new Restore(() => Ambient.Value = before);
    }

    /// <summary>A day: "6 Dec 2026" (the style's medium date).</summary>
    public string Date(DateOnly date) => date.ToString(_date, _culture);

    /// <summary>A day in full, with its weekday: "Sunday 6 December 2026".</summary>
    public string LongDate(DateOnly date) => date.ToString(_long, _culture);

    /// <summary>A day in a week's or a month's grid: "Sun 6".</summary>
    public string Weekday(DateOnly date) => date.ToString(_weekday, _culture);

    /// <summary>A moment to the minute, in UTC: "6 Dec 2026 14:05 UTC".</summary>
    public string Moment(DateTimeOffset moment)
    {
        var utc = moment.UtcDateTime;
        return $"{Date(DateOnly.FromDateTime(utc))} {utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    /// <summary>The long date without its weekday, the month abbreviated: the locale's order, separators and month names.</summary>
    private static string Medium(string longDate)
    {
        var withoutWeekday = longDate.Replace("dddd", "", StringComparison.Ordinal).Trim(' ', ',', '.', '،');
        var medium = withoutWeekday.Replace("MMMM", "MMM", StringComparison.Ordinal);
        return medium.Length == 0 ? "d MMM yyyy" : medium;
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
