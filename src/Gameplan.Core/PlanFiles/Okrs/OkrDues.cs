using System.Globalization;
using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Due dates as OKR documents write them: "by 2027-06-30", "by Q2", "in H1", "by June 30", "by end of
/// June", "by EOY". A quarter, half or month is due on its last day; a date without a year is in <c>year</c>.
/// </summary>
internal static partial class OkrDues
{
    /// <summary>The due date a statement names, and the words it was read from; null when it names none.</summary>
    public static (DateOnly Day, string Read)? In(string text, int year)
    {
        foreach (var match in Candidates(text))
        {
            if (Day(match.Groups["when"].Value, year) is { } day)
            {
                return (day, match.Value.Trim());
            }
        }
        return null;
    }

    /// <summary>A due cell of a CSV (the whole cell is the date): "2027-06-30", "6/30/2027", "Q2 2027", "June 30".</summary>
    public static DateOnly? Cell(string cell, int year) => Day(cell.Trim(), year);

    /// <summary>The first year a text names ("FY2027", "FY27", "2027"), for the plan period.</summary>
    public static int? YearIn(string text) =>
        FiscalYear().Match(text) is { Success: true } fy ? Year(fy.Groups["y"].Value)
        : CalendarYear().Match(text) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The quarter or half a title names ("Q3 2027 OKRs", "H1 plan"), in <paramref name="year"/> unless it names its own.</summary>
    public static (DateOnly Start, DateOnly End, string Read)? PartOfYear(string title, int year)
    {
        if (Periods().Match(title) is not { Success: true } match || Day(match.Groups["when"].Value, year) is not { } end)
        {
            return null;
        }
        var half = match.Value.Contains('H', StringComparison.OrdinalIgnoreCase);
        var start = new DateOnly(end.Year, end.Month, 1).AddMonths(half ? -5 : -2);
        return (start, end, $"the {(half ? "half" : "quarter")} {match.Value.Trim()}");
    }

    /// <summary>The text without its dates, periods and years, so that no number in them is read as a target.</summary>
    public static string Without(string text) => Years().Replace(Periods().Replace(Iso().Replace(Phrase().Replace(text, " "), " "), " "), " ");

    private static IEnumerable<Match> Candidates(string text) => Phrase().Matches(text).Concat(Iso().Matches(text)).Concat(Periods().Matches(text));

    private static DateOnly? Day(string when, int year)
    {
        when = when.Trim().TrimEnd('.', ',', ')');
        if (DateOnly.TryParseExact(when, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        if (Slashed().Match(when) is { Success: true } slashed)
        {
            var (a, b, y) = (int.Parse(slashed.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(slashed.Groups["b"].Value, CultureInfo.InvariantCulture), Year(slashed.Groups["y"].Value));
            // Month first (the common export), unless the first number cannot be a month.
            var (month, day) = a > 12 ? (b, a) : (a, b);
            return Safe(y, month, day);
        }
        if (Quarter().Match(when) is { Success: true } quarter)
        {
            var y = quarter.Groups["y"].Success ? Year(quarter.Groups["y"].Value) : year;
            var q = int.Parse(quarter.Groups["q"].Value, CultureInfo.InvariantCulture);
            return quarter.Groups["kind"].Value.Equals("h", StringComparison.OrdinalIgnoreCase)
                ? (q is 1 or 2 ? new DateOnly(y, q * 6, 1).AddMonths(1).AddDays(-1) : null)
                : (q is >= 1 and <= 4 ? new DateOnly(y, q * 3, 1).AddMonths(1).AddDays(-1) : null);
        }
        if (YearEnd().IsMatch(when))
        {
            return new DateOnly(year, 12, 31);
        }
        if (MonthDay().Match(when) is { Success: true } named && Month(named.Groups["month"].Value) is { } m)
        {
            var y = named.Groups["y"].Success ? Year(named.Groups["y"].Value) : year;
            return named.Groups["day"].Success
                ? Safe(y, m, int.Parse(named.Groups["day"].Value, CultureInfo.InvariantCulture))
                : new DateOnly(y, m, 1).AddMonths(1).AddDays(-1);
        }
        return null;
    }

    private static DateOnly? Safe(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Year(string written)
    {
        var y = int.Parse(written, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static int? Month(string name) =>
        Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i + 1 : null;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthNames = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?:by|before|due|until|till|on|deadline:?)\s+(?:the\s+)?(?:end\s+of\s+)?(?<when>\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|" + MonthNames + @"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+" + MonthNames + @"(?:\s+\d{4})?|(?:the\s+)?(?:year(?:[- ]end)?|eoy|ye|fy))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"(?<![\w-])(?<when>(?:[QH][1-4])(?:\s*(?:FY)?'?(?:\d{4}|\d{2}))?|(?:\d{4})[- ]?[QH][1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Periods();

    [GeneratedRegex(@"(?<![\w$€£.])(?:FY\s?'?\d{2,4}|(?:19|20)\d{2})(?![\w%])", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"(?<![\w-])(?<when>\d{4}-\d{2}-\d{2})(?![\w-])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4}|\d{2})$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^(?:(?<y>\d{4})[- ]?(?<kind>[QH])(?<q>[1-4])|(?<kind>[QH])(?<q>[1-4])(?:\s*(?:FY)?'?(?<y>\d{4}|\d{2}))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?:the\s+)?(?:year(?:[- ]end)?|eoy|ye|fy|end of (?:the )?year)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"^(?:(?<month>" + MonthNames + @")(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + MonthNames + @"))(?:,?\s+(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\bFY\s?'?(?<y>\d{4}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"(?<![\w$€£.])(?:19|20)\d{2}(?![\w%])")]
    private static partial Regex CalendarYear();
}
