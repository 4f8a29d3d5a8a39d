using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Builds <see cref="YamlItem"/>s straight from YamlDotNet's event stream, without its
/// representation model in between (that model cost as much as the scanning itself). It keeps the
/// model's rules: an alias is the very node its anchor names (so a list can contain itself without
/// the reader recursing forever: each node is built once), an alias before its anchor and a key
/// written twice in one mapping are syntax errors, and every document of the stream must parse
/// although only the first is the plan.
/// </summary>
internal sealed class YamlEvents(IParser parser)
{
    private Dictionary<string, YamlItem>? _anchors;

    /// <summary>Where the last event that parsed well ended, for a failure YamlDotNet reports without a place.</summary>
    public Mark LastGood { get; private set; } = new(0, 1, 1);

    /// <summary>The first document's root; null for a stream without documents.</summary>
    public YamlItem? ReadFirstDocument()
    {
        Expect<StreamStart>(Next());
        YamlItem? first = null;
        var any = false;
        while (Next() is DocumentStart)
        {
            _anchors = null;
            var root = Read(Next());
            if (!any)
            {
                (first, any) = (root, true);
            }
            Expect<DocumentEnd>(Next());
        }
        Expect<StreamEnd>(parser.Current);
        return first;
    }

    private ParsingEvent Next()
    {
        if (parser.Current is { } current)
        {
            LastGood = current.End;
        }
        if (!parser.MoveNext())
        {
            throw new InvalidOperationException("The YAML event stream ended early.");
        }
        return parser.Current!;
    }

    private YamlItem Read(ParsingEvent e)
    {
        switch (e)
        {
            case Scalar scalar:
                return Anchor(scalar.Anchor, YamlItem.Scalar(Line(e), Column(e), scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any));
            case SequenceStart start:
                var sequence = Anchor(start.Anchor, YamlItem.Sequence(Line(e), Column(e)));
                for (var next = Next(); next is not SequenceEnd; next = Next())
                {
                    sequence.Add(Read(next));
                }
                return sequence;
            case MappingStart start:
                var mapping = Anchor(start.Anchor, YamlItem.Mapping(Line(e), Column(e)));
                for (var next = Next(); next is not MappingEnd; next = Next())
                {
                    mapping.Add(Entry(mapping, next));
                }
                return mapping;
            case AnchorAlias alias:
                return _anchors is not null && _anchors.TryGetValue(alias.Value.Value, out var named)
                    ? named
                    : throw new AnchorNotFoundException(e.Start, e.End, $"the alias *{alias.Value.Value} names no anchor (&{alias.Value.Value}) written before it.");
            default:
                throw new YamlException(e.Start, e.End, $"unexpected {e.GetType().Name} in the YAML stream.");
        }
    }

    private YamlEntry Entry(YamlItem mapping, ParsingEvent keyEvent)
    {
        var key = Read(keyEvent);
        // A key is asked for by its text only when it is a scalar without a tag.
        var scalar = keyEvent as Scalar;
        var name = scalar is { Tag.IsEmpty: true } ? scalar.Value : null;
        if (name is not null && mapping.IndexOf(name) >= 0)
        {
            throw new YamlException(keyEvent.Start, keyEvent.End, $"Duplicate key '{name}': a key may appear only once in a mapping.");
        }
        var value = Read(Next());
        return new YamlEntry(name, scalar?.Value ?? Shown(key, 0), Line(keyEvent), Column(keyEvent), value);
    }

    private YamlItem Anchor(AnchorName anchor, YamlItem item)
    {
        if (!anchor.IsEmpty)
        {
            (_anchors ??= new Dictionary<string, YamlItem>(StringComparer.Ordinal))[anchor.Value] = item;
        }
        return item;
    }

    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;

    private static void Expect<T>(ParsingEvent? e)
        where T : ParsingEvent
    {
        if (e is not T)
        {
            throw new YamlException(e?.Start ?? Mark.Empty, e?.End ?? Mark.Empty, $"expected {typeof(T).Name} in the YAML stream.");
        }
    }

    /// <summary>A list or mapping used as a key, spelled in flow style for the unknown-key problem (depth-limited: it may contain itself).</summary>
    private static string Shown(YamlItem item, int depth) => item.Kind switch
    {
        _ when depth > 4 => "...",
        YamlItemKind.Scalar => item.Value,
        YamlItemKind.Sequence => "[ " + string.Join(", ", item.Items.Select(i => Shown(i, depth + 1))) + " ]",
        _ => "{ " + string.Join(", ", item.Entries.Select(e => e.Shown + ": " + Shown(e.Value, depth + 1))) + " }",
    };
}
