using System.Globalization;
using Gameplan.Domain;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// One YAML mapping being read into a record: typed getters that report wrong types with their
/// place, and, once the record is built, every key nobody asked for (a typo must not drop data silently).
/// </summary>
/// <remarks>A mapping's path ("strategies[s1].tactics[t1]") is only spelled out when a problem names it.</remarks>
internal sealed class YamlFields
{
    private readonly YamlItem _node;
    private readonly List<PlanFileProblem> _problems;
    private readonly YamlFields? _parent;
    private readonly string _key;
    private readonly string? _itemName;
    private readonly int _itemIndex;
    // Entries whose key was asked for, by position in the mapping: a bit each for the first 64, an array past that.
    private readonly bool[]? _askedPast64;
    private ulong _asked;
    private string? _path;

    public YamlFields(YamlItem node, string path, List<PlanFileProblem> problems)
        : this(node, problems, null, path, null, -1) => _path = path;

    private YamlFields(YamlItem node, List<PlanFileProblem> problems, YamlFields? parent, string key, string? itemName, int itemIndex)
    {
        _node = node;
        _problems = problems;
        _parent = parent;
        _key = key;
        _itemName = itemName;
        _itemIndex = itemIndex;
        _askedPast64 = node.Entries.Count > 64 ? new bool[node.Entries.Count] : null;
    }

    public string Path => _path ??= _itemIndex < 0 ? _parent!.Child(_key) : _parent!.ItemPath(_key, _itemName, _itemIndex);

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The path of item <paramref name="index"/> of the list under <paramref name="key"/>: named by its id when it has one.</summary>
    public string ItemPath(string key, string? name, int index) =>
        $"{Child(key)}[{name ?? index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The mapping under <paramref name="key"/>, read as a record of its own.</summary>
    public YamlFields Nested(YamlItem mapping, string key) => new(mapping, _problems, this, key, null, -1);

    /// <summary>Item <paramref name="index"/> of the list under <paramref name="key"/>, read as a record of its own.</summary>
    public YamlFields Item(YamlItem mapping, string key, string? name, int index) => new(mapping, _problems, this, key, name, index);

    /// <summary>The node under <paramref name="key"/>; null when absent or written as null.</summary>
    public YamlItem? Node(string key)
    {
        YamlItem? found = null;
        var entries = _node.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Shown, key, StringComparison.Ordinal))
            {
                MarkAsked(i);
            }
            if (found is null && string.Equals(entries[i].Name, key, StringComparison.Ordinal))
            {
                found = entries[i].Value;
            }
        }
        return found is { IsNull: false } ? found : null;
    }

    public bool Has(string key) => _node.IndexOf(key) >= 0;

    public string? Text(string key) => Scalar(key, "text", static v => v);

    public decimal? Number(string key) => Scalar(key, "a number",
        static v => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null);

    public int? Whole(string key) => Scalar(key, "a whole number",
        static v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : (int?)null);

    public DateOnly? Date(string key)
    {
        var date = Scalar(key, "a date (YYYY-MM-DD)", ParseDate);
        if (date is { } d && !PlanCalendar.Contains(d))
        {
            Invalid(Node(key)!, Child(key), PlanCalendar.OutOfRange(Child(key), d));
            return null;
        }
        return date;
    }

    public bool? Flag(string key) => Scalar(key, "true or false",
        static v => v.ToLowerInvariant() switch { "true" => true, "false" => false, _ => (bool?)null });

    /// <summary>Text that must be one of <paramref name="allowed"/> (lower case in the file).</summary>
    public string? Choice(string key, params string[] allowed)
    {
        var value = Text(key);
        if (value is null || Array.IndexOf(allowed, value) >= 0)
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
        switch (node?.Kind)
        {
            case null:
                return null;
            case YamlItemKind.Scalar:
                return [node.Value];
            case YamlItemKind.Sequence:
                var list = new List<string>(node.Items.Count);
                foreach (var item in node.Items)
                {
                    if (item.Kind == YamlItemKind.Scalar && !item.IsNull)
                    {
                        list.Add(item.Value);
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
            if (ParseDate(text) is { } date && PlanCalendar.Contains(date))
            {
                dates.Add(date);
            }
            else if (ParseDate(text) is { } outside)
            {
                Invalid(Node(key)!, Child(key), PlanCalendar.OutOfRange(Child(key), outside));
            }
            else
            {
                Invalid(Node(key)!, Child(key), $"'{Child(key)}' must list dates (YYYY-MM-DD), not '{text}'.");
            }
        }
        return dates;
    }

    public YamlItem? Mapping(string key) => Node(key) switch
    {
        null => null,
        { Kind: YamlItemKind.Mapping } mapping => mapping,
        var other => Invalid<YamlItem>(other, Child(key), $"'{Child(key)}' must be a mapping of keys to values."),
    };

    public YamlItem? Sequence(string key) => Node(key) switch
    {
        null => null,
        { Kind: YamlItemKind.Sequence } sequence => sequence,
        var other => Invalid<YamlItem>(other, Child(key), $"'{Child(key)}' must be a list."),
    };

    /// <summary>Reports every key that was never read; call once the record is built.</summary>
    public void ReportUnknownKeys()
    {
        var entries = _node.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!WasAsked(i))
            {
                var (name, line, column) = (entries[i].Shown, entries[i].Line, entries[i].Column);
                _problems.Add(new PlanFileProblem(
                    PlanFileProblemKind.UnknownKey, Child(name), line, column, $"unknown key '{Child(name)}' (a typo?); it was ignored."));
            }
        }
    }

    public void Invalid(YamlItem node, string path, string message) =>
        _problems.Add(new PlanFileProblem(PlanFileProblemKind.InvalidValue, path, node.Line, node.Column, message));

    /// <summary>YYYY-MM-DD. The common, valid case is read directly; anything else goes to the framework's exact parse, which decides.</summary>
    private static DateOnly? ParseDate(string v)
    {
        if (v.Length == 10 && v[4] == '-' && v[7] == '-' && Digits(v, 0, 4) is var year and > 0 && Digits(v, 5, 2) is var month and >= 1 and <= 12
            && Digits(v, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>The ASCII digits at <paramref name="start"/> as a number; -1 when any is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }
            value = (value * 10) + (text[i] - '0');
        }
        return value;
    }

    private T? Invalid<T>(YamlItem node, string path, string message)
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
        if (node.Kind == YamlItemKind.Scalar && parse(node.Value) is { } value)
        {
            return value;
        }
        var shown = node.Kind == YamlItemKind.Scalar ? $"'{node.Value}'" : "a list or mapping";
        Invalid(node, Child(key), $"'{Child(key)}' must be {expected}, not {shown}.");
        return default;
    }

    private void MarkAsked(int index)
    {
        if (_askedPast64 is null)
        {
            _asked |= 1UL << index;
        }
        else
        {
            _askedPast64[index] = true;
        }
    }

    private bool WasAsked(int index) => _askedPast64 is null ? (_asked & (1UL << index)) != 0 : _askedPast64[index];
}
