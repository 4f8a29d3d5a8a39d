namespace Gameplan.Core.PlanFiles;

/// <summary>
/// One node of a plan file's YAML as the reader needs it: a scalar, a list or a mapping, with the
/// place it starts (1-based line and column, as people count them). Built from SharpYaml's events
/// (<see cref="YamlEvents"/>): lookups by key without allocating a node per question.
/// </summary>
internal sealed class YamlItem
{
    private static readonly List<YamlItem> NoItems = [];
    private static readonly List<YamlEntry> NoEntries = [];

    private readonly List<YamlItem> _items;
    private readonly List<YamlEntry> _entries;

    private YamlItem(YamlItemKind kind, int line, int column, string value, bool plain)
    {
        // Most nodes are scalars: they share the empty lists instead of allocating two each.
        _items = kind == YamlItemKind.Sequence ? [] : NoItems;
        _entries = kind == YamlItemKind.Mapping ? new List<YamlEntry>(8) : NoEntries;
        Kind = kind;
        Line = line;
        Column = column;
        Value = value;
        Plain = plain;
    }

    public YamlItemKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>A scalar's text ("" for an empty one); "" for lists and mappings.</summary>
    public string Value { get; }

    /// <summary>True for an unquoted scalar: only those can mean null.</summary>
    public bool Plain { get; }

    /// <summary>A list's items, in order; empty for scalars and mappings.</summary>
    public IReadOnlyList<YamlItem> Items => _items;

    /// <summary>A mapping's entries, in file order; empty for scalars and lists.</summary>
    public IReadOnlyList<YamlEntry> Entries => _entries;

    /// <summary>An empty or null-spelled plain scalar: the key is there but says nothing.</summary>
    public bool IsNull => Kind == YamlItemKind.Scalar && Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public static YamlItem Scalar(int line, int column, string value, bool plain) => new(YamlItemKind.Scalar, line, column, value, plain);

    public static YamlItem Sequence(int line, int column) => new(YamlItemKind.Sequence, line, column, "", false);

    public static YamlItem Mapping(int line, int column) => new(YamlItemKind.Mapping, line, column, "", false);

    /// <summary>Adds a list item; only for lists.</summary>
    public void Add(YamlItem item)
    {
        if (Kind != YamlItemKind.Sequence)
        {
            throw new InvalidOperationException("Only a list has items.");
        }
        _items.Add(item);
    }

    /// <summary>Adds a mapping entry; only for mappings.</summary>
    public void Add(YamlEntry entry)
    {
        if (Kind != YamlItemKind.Mapping)
        {
            throw new InvalidOperationException("Only a mapping has entries.");
        }
        _entries.Add(entry);
    }

    /// <summary>The index of the entry whose key is <paramref name="name"/>, or -1. Mappings are small, so a scan beats hashing.</summary>
    public int IndexOf(string name)
    {
        var entries = _entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The value under <paramref name="name"/> as written (null scalars included), or null when there is no such key.</summary>
    public YamlItem? Find(string name) => IndexOf(name) is var i and >= 0 ? Entries[i].Value : null;
}

internal enum YamlItemKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>One key, where it starts (for an unknown-key problem), and its value.</summary>
/// <param name="Name">The key to look it up by; null when it cannot be asked for (a tagged or non-scalar key).</param>
/// <param name="Shown">The key as an unknown-key problem names it.</param>
internal readonly record struct YamlEntry(string? Name, string Shown, int Line, int Column, YamlItem Value);
