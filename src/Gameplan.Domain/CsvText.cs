using System.Globalization;
using System.Text;

namespace Gameplan.Domain;

/// <summary>
/// CSV as Gameplan writes it (RFC 4180: commas, CRLF, a field quoted when it holds a comma, a quote, a line break
/// or leading or trailing spaces, its quotes doubled), safe to open in a spreadsheet: a text cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is neutralised with a leading apostrophe, so a
/// person's name or a plan's text never runs as a formula. A number (<c>-5</c>, <c>+3.5</c>) is left as it is.
/// </summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }
        return csv.ToString();
    }

    /// <summary>One cell as written: neutralised, then quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(text))
        {
            text = "'" + text;
        }
        var quote = text.Length > 0 && (text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' ');
        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A number as CSV cells carry it: invariant, no grouping, rounded as shown (<see cref="Numbers.Format"/>); empty for none.</summary>
    public static string Number(decimal? value) => value is { } number ? Numbers.Format(number) : "";

    /// <summary>A day as CSV cells carry it: ISO 8601, as plan files and the API write it.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
