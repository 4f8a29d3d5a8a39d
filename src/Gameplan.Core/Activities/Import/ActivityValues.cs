using System.Globalization;
using System.Text;
using Gameplan.Domain;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// The values of a row, read from CsvHelper's UTF-8 spans without a string per field on the happy
/// path; a string is made only for the message of a value that does not parse.
/// </summary>
internal static class ActivityValues
{
    public const string IsoDate = "yyyy-MM-dd";

    // A quantity is a plain number: digits, one '.', an optional sign (a minus is refused later
    // with its own message). No thousands separators, no exponent, no currency.
    private const NumberStyles Number = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static bool TryDate(ReadOnlySpan<byte> utf8, string? format, out DateOnly date, out string reason)
    {
        reason = "";
        if (format is null && TryIsoDate(utf8, out date))
        {
            return true;
        }
        Span<char> chars = stackalloc char[64];
        if (utf8.Length > chars.Length || !Encoding.UTF8.TryGetChars(utf8, chars, out var written))
        {
            date = default;
            reason = $"'{Text(utf8)}' is not a date";
            return false;
        }
        var text = chars[..written];
        if (format is null)
        {
            if (DateOnly.TryParseExact(text, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }
            reason = $"'{text}' is not a date in the form {IsoDate}";
            return false;
        }
        // The day as written: an offset in the value is kept as is, never converted to another zone.
        if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }
        date = default;
        reason = $"'{text}' is not a date in the form {format}";
        return false;
    }

    /// <summary>yyyy-MM-dd read from the bytes directly: the format of nearly every row, so worth the fast path.</summary>
    private static bool TryIsoDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != '-' || utf8[7] != '-'
            || !TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var month) || !TryDigits(utf8.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        return true;
    }

    public static bool TryQuantity(ReadOnlySpan<byte> utf8, out decimal quantity, out string reason)
    {
        reason = "";
        if (decimal.TryParse(utf8, Number, CultureInfo.InvariantCulture, out quantity))
        {
            return true;
        }
        var text = Text(utf8);
        reason = text.Contains(',', StringComparison.Ordinal)
            ? $"'{text}' is not a number: write decimals with '.' and no thousands separator"
            : $"'{text}' is not a number";
        return false;
    }

    /// <summary>Minutes, rounded to hundredths (0.6 seconds).</summary>
    public static bool TryMinutes(ReadOnlySpan<byte> utf8, DurationFormat format, out decimal minutes, out string reason)
    {
        reason = "";
        minutes = 0;
        switch (format)
        {
            case DurationFormat.Minutes:
                return TryQuantity(utf8, out minutes, out reason);
            case DurationFormat.Seconds when TryQuantity(utf8, out var seconds, out reason):
                minutes = Numbers.Round(seconds / 60m, 2);
                return true;
            case DurationFormat.Seconds:
                return false;
        }
        var parts = Text(utf8).Split(':');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && parts[1].Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m < 60
            && parts[2].Length == 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < 60)
        {
            minutes = Numbers.Round((h * 3600m + m * 60 + s) / 60m, 2);
            return true;
        }
        reason = $"'{Text(utf8)}' is not a duration in the form hh:mm:ss";
        return false;
    }

    public static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
