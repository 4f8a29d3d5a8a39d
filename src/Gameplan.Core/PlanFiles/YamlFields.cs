using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// One YAML mapping being read into a record: typed getters that report wrong types with their
/// place, and, once the record is built, every key nobody asked for (a typo must not drop data silently).
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly List<PlanFileProblem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string path, List<PlanFileProblem> problems)
    {
        _node = node;
        Path = path;
        _problems = problems;
    }

    public string Path { get; }

    /// <summary>Where problems go; nested mappings share it.</summary>
    public List<PlanFileProblem> Problems => _problems;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The node under <paramref name="key"/>; null when absent or written as null.</summary>
    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;
    }

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    public string? Text(string key) => Scalar(key, "text", v => v);

    public decimal? Number(string key) => Scalar(key, "a number",
        v => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null);

    public int? Whole(string key) => Scalar(key, "a whole number",
        v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : (int?)null);

    public DateOnly? Date(string key) => Scalar(key, "a date (YYYY-MM-DD)",
        v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null);

    public bool? Flag(string key) => Scalar(key, "true or false",
        v => v.ToLowerInvariant() switch { "true" => true, "false" => false, _ => (bool?)null });

    /// <summary>Text that must be one of <paramref name="allowed"/> (lower case in the file).</summary>
    public string? Choice(string key, params string[] allowed)
    {
        var value = Text(key);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }
        Invalid(Node(key)!, Child(key), $"'{Child(key)}' must be one of {string.Join(", ", allowed)}, not '{value}'.");
        return null;
    }

    /// <summary>A list of strings; a lone scalar counts as a list of one. Null when absent.</summary>
    public List<string>? Texts(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return [scalar.Value ?? ""];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !IsNull(item))
                    {
                        list.Add(text);
                    }
                    else
                    {
                        Invalid(item, Child(key), $"'{Child(key)}' must list plain values.");
                    }
                }
                return list;
            default:
                Invalid(node, Child(key), $"'{Child(key)}' must be a value or a list of values.");
                return null;
        }
    }

    /// <summary>A list of dates (YYYY-MM-DD); a lone date counts as a list of one. Null when absent; bad items are reported and left out.</summary>
    public List<DateOnly>? Dates(string key)
    {
        if (Texts(key) is not { } texts)
        {
            return null;
        }
        var dates = new List<DateOnly>(texts.Count);
        foreach (var text in texts)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                Invalid(Node(key)!, Child(key), $"'{Child(key)}' must list dates (YYYY-MM-DD), not '{text}'.");
            }
        }
        return dates;
    }

    public YamlMappingNode? Mapping(string key) => Node(key) switch
    {
        null => null,
        YamlMappingNode mapping => mapping,
        var other => Invalid<YamlMappingNode>(other, Child(key), $"'{Child(key)}' must be a mapping of keys to values."),
    };

    public YamlSequenceNode? Sequence(string key) => Node(key) switch
    {
        null => null,
        YamlSequenceNode sequence => sequence,
        var other => Invalid<YamlSequenceNode>(other, Child(key), $"'{Child(key)}' must be a list."),
    };

    /// <summary>Reports every key that was never read; call once the record is built.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!_read.Contains(name))
            {
                _problems.Add(new PlanFileProblem(
                    PlanFileProblemKind.UnknownKey, Child(name), Line(key), Column(key), $"unknown key '{Child(name)}' (a typo?); it was ignored."));
            }
        }
    }

    public void Invalid(YamlNode node, string path, string message) =>
        _problems.Add(new PlanFileProblem(PlanFileProblemKind.InvalidValue, path, Line(node), Column(node), message));

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static int Column(YamlNode node) => (int)node.Start.Column;

    private T? Invalid<T>(YamlNode node, string path, string message)
        where T : class
    {
        Invalid(node, path, message);
        return null;
    }

    private T? Scalar<T>(string key, string expected, Func<string, T?> parse)
    {
        var node = Node(key);
        if (node is null)
        {
            return default;
        }
        if (node is YamlScalarNode { Value: { } text } && parse(text) is { } value)
        {
            return value;
        }
        var shown = node is YamlScalarNode scalar ? $"'{scalar.Value}'" : "a list or mapping";
        Invalid(node, Child(key), $"'{Child(key)}' must be {expected}, not {shown}.");
        return default;
    }
}
