using CsvHelper;
using Gameplan.Domain;

namespace Gameplan.Core.Activities.Import;

/// <summary>Turns the current CSV record into an <see cref="ActivityCsvRow"/>, noting every problem, not only the first.</summary>
internal static class ActivityRowParser
{
    public const int MaxExternalIdLength = 100;

    public const int MaxNoteLength = 500;

    /// <summary>Derived ids (<see cref="DerivedExternalIds"/>) start with this; a file's own ids may not.</summary>
    public const string DerivedPrefix = "csv:";

    public static void Fill(CsvReader csv, ActivityColumns columns, DateOnly? today, ActivityCsvRow row)
    {
        var mapping = columns.Mapping;
        if (Required(csv, columns.Date, row) is { } dateColumn)
        {
            if (!ActivityValues.TryDate(csv.GetSpan(dateColumn.Index), mapping.Date.Format, out var date, out var reason))
            {
                row.Problem(dateColumn.Header, reason);
            }
            else if (!PlanCalendar.Contains(date))
            {
                row.Problem(dateColumn.Header, $"{date:yyyy-MM-dd} is outside the supported dates ({PlanCalendar.Earliest:yyyy-MM-dd} to {PlanCalendar.Latest:yyyy-MM-dd})");
            }
            else if (date > today)
            {
                row.Problem(dateColumn.Header, $"{date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd})");
            }
            row.Date = date;
        }
        if (Required(csv, columns.Person, row) is { } personColumn)
        {
            row.Person = csv.GetString(personColumn.Index);
        }
        Metric(csv, columns, row);
        Quantity(csv, columns, row);
        row.ExternalId = Text(csv, columns.ExternalId, MaxExternalIdLength, row);
        if (row.ExternalId?.StartsWith(DerivedPrefix, StringComparison.OrdinalIgnoreCase) == true)
        {
            row.Problem(columns.ExternalId!.Value.Header, $"external ids starting with '{DerivedPrefix}' are kept for rows without one");
        }
        row.Note = Text(csv, columns.Note, MaxNoteLength, row);
        row.Tactic = Text(csv, columns.Tactic, 100, row);
        if (IsIgnored(csv, columns))
        {
            row.Ignore();
        }
    }

    private static bool IsIgnored(CsvReader csv, ActivityColumns columns) =>
        columns is { IgnoredValues: { } ignored, Metric: { } metric } && ignored.Contains(csv.GetString(metric.Index));

    private static void Metric(CsvReader csv, ActivityColumns columns, ActivityCsvRow row)
    {
        if (columns.Metric is null)
        {
            row.Metric = columns.Mapping.Metric.Name!.Trim();
            return;
        }
        if (Required(csv, columns.Metric.Value, row) is not { } column)
        {
            return;
        }
        var value = csv.GetString(column.Index);
        if (columns.IgnoredValues?.Contains(value) == true)
        {
            return;
        }
        if (columns.MetricValues is null)
        {
            row.Metric = value;
        }
        else if (columns.MetricValues.TryGetValue(value, out var metric))
        {
            row.Metric = metric;
        }
        else
        {
            row.Problem(column.Header, $"'{value}' is not one of the mapped values ({string.Join(", ", columns.MetricValues.Keys)})");
        }
    }

    private static void Quantity(CsvReader csv, ActivityColumns columns, ActivityCsvRow row)
    {
        if (columns.Quantity is null)
        {
            row.Quantity = 1;
            return;
        }
        if (Required(csv, columns.Quantity.Value, row) is not { } column)
        {
            return;
        }
        var span = csv.GetSpan(column.Index);
        var read = columns.Mapping.Quantity!.Duration is { } duration
            ? ActivityValues.TryMinutes(span, duration, out var quantity, out var reason)
            : ActivityValues.TryQuantity(span, out quantity, out reason);
        if (!read)
        {
            row.Problem(column.Header, reason);
        }
        else if (quantity < 0)
        {
            row.Problem(column.Header, $"{quantity} is negative; a quantity is 0 or more");
        }
        row.Quantity = quantity;
    }

    /// <summary>The column when the row has a value in it; otherwise notes the problem.</summary>
    private static ActivityColumns.Column? Required(CsvReader csv, ActivityColumns.Column column, ActivityCsvRow row)
    {
        if (!csv.IsEmpty(column.Index))
        {
            return column;
        }
        row.Problem(column.Header, "the value is missing");
        return null;
    }

    private static string? Text(CsvReader csv, ActivityColumns.Column? column, int maxLength, ActivityCsvRow row)
    {
        if (column is not { } c || csv.IsEmpty(c.Index))
        {
            return null;
        }
        var text = csv.GetString(c.Index);
        if (text.Length > maxLength)
        {
            row.Problem(c.Header, $"the value has {text.Length} characters; at most {maxLength} are kept");
        }
        return text;
    }
}
