using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gameplan.Domain;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// A mapping's definition as JSON (snake_case keys). A key the format does not know is refused, so
/// a typo such as <c>"colum"</c> never silently reads the wrong column.
/// </summary>
public static class ActivityMappingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    /// <summary>Reads and checks a definition; throws a <see cref="DomainRuleException"/> saying what is wrong.</summary>
    public static ActivityMapping Parse(string json)
    {
        ActivityMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<ActivityMapping>(json, Options);
        }
        catch (JsonException e)
        {
            var (where, why) = JsonReason.Of(e);
            throw new DomainRuleException($"The mapping is not valid{(where.Length > 0 ? $" at {where}" : "")}: {why.TrimEnd('.')}.", "definition");
        }
        return Check(mapping ?? throw new DomainRuleException("The mapping is empty (null).", "definition"));
    }

    public static string Write(ActivityMapping mapping) => JsonSerializer.Serialize(mapping, Options);

    /// <summary>The rules JSON itself cannot state: one way to name the metric, formats that work.</summary>
    public static ActivityMapping Check(ActivityMapping mapping)
    {
        Column(mapping.Date.Column, "date");
        Column(mapping.Person.Column, "person");
        if (mapping.Quantity is { } quantity)
        {
            Column(quantity.Column, "quantity");
        }
        var metric = mapping.Metric;
        if (string.IsNullOrWhiteSpace(metric.Column) == string.IsNullOrWhiteSpace(metric.Name))
        {
            Fail("metric", "give either \"column\" (the metric is read from each row) or \"name\" (one metric for every row), not both.");
        }
        if (metric.Column is null && (metric.Values is not null || metric.Ignore is not null))
        {
            Fail("metric", "\"values\" and \"ignore\" translate a column's values; add \"column\".");
        }
        if (metric.Values?.Any(pair => string.IsNullOrWhiteSpace(pair.Key) || string.IsNullOrWhiteSpace(pair.Value)) == true)
        {
            Fail("metric.values", "every value and metric name must be non-empty.");
        }
        if (mapping.Date.Format is { } format && !WorksAsFormat(format))
        {
            Fail("date.format", $"'{format}' is not a date format (for example yyyy-MM-dd or MM/dd/yyyy HH:mm).");
        }
        foreach (var (text, name) in new[] { (mapping.ExternalId, "external_id"), (mapping.Note, "note"), (mapping.Tactic, "tactic") })
        {
            if (text is not null)
            {
                Column(text.Column, name);
            }
        }
        return mapping;
    }

    private static void Column(string? column, string field)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            Fail(field, "\"column\" must name a column of the file.");
        }
    }

    private static bool WorksAsFormat(string format)
    {
        try
        {
            // A format that formats a known day and reads it back is one a file can be written in.
            var sample = new DateTime(2027, 11, 23, 14, 5, 6);
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return format.Contains('y') && format.Contains('d')
                && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                && DateOnly.FromDateTime(back) == DateOnly.FromDateTime(sample);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void Fail(string field, string message) =>
        throw new DomainRuleException($"The mapping's {field}: {message}", "definition");
}
