using System.Text;
using CsvHelper;

namespace Gameplan.Core.Activities.Import;

/// <summary>Where the mapping's fields are in this file, and the header text to name them by in problems.</summary>
internal sealed class ActivityColumns
{
    public required ActivityMapping Mapping { get; init; }

    public required Column Date { get; init; }

    public required Column Person { get; init; }

    /// <summary>Null when the mapping names one metric for every row.</summary>
    public Column? Metric { get; init; }

    /// <summary>Null when every row counts 1.</summary>
    public Column? Quantity { get; init; }

    public Column? ExternalId { get; init; }

    public Column? Note { get; init; }

    public Column? Tactic { get; init; }

    /// <summary>The mapping's translations, matched ignoring case and surrounding spaces.</summary>
    public Dictionary<string, string>? MetricValues { get; init; }

    public HashSet<string>? IgnoredValues { get; init; }

    /// <summary>Header names match ignoring case, spaces, '_' and '-': "External ID" is external_id.</summary>
    public static string Normalize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-')
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }
        return text.ToString();
    }

    public static ActivityColumns Find(CsvReader csv, ActivityMapping mapping)
    {
        var missing = new List<string>();
        Column? Find(string? name, bool optional = false)
        {
            if (name is null)
            {
                return null;
            }
            if (csv.TryGetFieldIndex(name, out var index))
            {
                return new Column(index, csv.Headers[index].Trim());
            }
            if (!optional)
            {
                missing.Add(name);
            }
            return null;
        }
        var metric = mapping.Metric;
        var columns = new ActivityColumns
        {
            Mapping = mapping,
            Date = Find(mapping.Date.Column) ?? default,
            Person = Find(mapping.Person.Column) ?? default,
            Metric = Find(metric.Column),
            Quantity = Find(mapping.Quantity?.Column),
            ExternalId = Find(mapping.ExternalId?.Column, mapping.ExternalId?.Optional == true),
            Note = Find(mapping.Note?.Column, mapping.Note?.Optional == true),
            Tactic = Find(mapping.Tactic?.Column, mapping.Tactic?.Optional == true),
            MetricValues = metric.Values?.ToDictionary(p => p.Key.Trim(), p => p.Value.Trim(), StringComparer.OrdinalIgnoreCase),
            IgnoredValues = metric.Ignore?.Select(v => v.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
        if (missing.Count > 0)
        {
            var header = string.Join(", ", csv.Headers.Select(h => h.Trim()));
            var names = string.Join(", ", missing.Select(m => $"'{m}'"));
            throw new ActivityFileException(new ActivityImportError(csv.LineNumber, missing[0],
                $"the file has no column {names}; its header has: {header}"));
        }
        return columns;
    }

    /// <summary>A column's position and its name as the file writes it.</summary>
    public readonly record struct Column(int Index, string Header);
}
