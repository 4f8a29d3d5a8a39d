using SharpYaml;
using SharpYaml.Events;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Builds <see cref="YamlItem"/>s straight from SharpYaml's event stream, without a document
/// model in between. It keeps the rules of a YAML document model: an alias is the very node its anchor names (so a list can contain itself without
/// the reader recursing forever: each node is built once), an alias before its anchor and a key
/// written twice in one mapping are syntax errors, and every document of the stream must parse
/// although only the first is the plan.
/// </summary>
internal sealed class YamlEvents(IParser parser)
{
    private Dictionary<string, YamlItem>? _anchors;
    private readonly Stack<(Mark Start, char Bracket)> _openFlows = new();

    /// <summary>Where the last event that parsed well ended, for a failure YamlDotNet reports without a place.</summary>
    public Mark LastGood { get; private set; }

    /// <summary>The innermost flow list or mapping (<c>[</c> or <c>{</c>) still open where the events stopped, if any.</summary>
    public (Mark Start, char Bracket)? OpenFlow => _openFlows.Count > 0 ? _openFlows.Peek() : null;

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
                Open(start.Style, e.Start, '[');
                for (var next = Next(); next is not SequenceEnd; next = Next())
                {
                    sequence.Add(Read(next));
                }
                Close(start.Style);
                return sequence;
            case MappingStart start:
                var mapping = Anchor(start.Anchor, YamlItem.Mapping(Line(e), Column(e)));
                Open(start.Style, e.Start, '{');
                for (var next = Next(); next is not MappingEnd; next = Next())
                {
                    mapping.Add(Entry(mapping, next));
                }
                Close(start.Style);
                return mapping;
            case AnchorAlias alias:
                return _anchors is not null && _anchors.TryGetValue(alias.Value, out var named)
                    ? named
                    : throw new YamlException(e.Start, e.End, $"the alias *{alias.Value} names no anchor (&{alias.Value}) written before it.");
            default:
                throw new YamlException(e.Start, e.End, $"unexpected {e.GetType().Name} in the YAML stream.");
        }
    }

    private YamlEntry Entry(YamlItem mapping, ParsingEvent keyEvent)
    {
        var key = Read(keyEvent);
        // A key is asked for by its text only when it is a scalar without a tag.
        var scalar = keyEvent as Scalar;
        var name = scalar is not null && string.IsNullOrEmpty(scalar.Tag) ? scalar.Value : null;
        if (name is not null && mapping.IndexOf(name) >= 0)
        {
            throw new YamlException(keyEvent.Start, keyEvent.End, $"Duplicate key '{name}': a key may appear only once in a mapping.");
        }
        var value = Read(Next());
        return new YamlEntry(name, scalar?.Value ?? Shown(key, 0), Line(keyEvent), Column(keyEvent), value);
    }

    private void Open(YamlStyle style, Mark start, char bracket)
    {
        if (style == YamlStyle.Flow)
        {
            _openFlows.Push((start, bracket));
        }
    }

    private void Close(YamlStyle style)
    {
        if (style == YamlStyle.Flow)
        {
            _openFlows.Pop();
        }
    }

    private YamlItem Anchor(string? anchor, YamlItem item)
    {
        if (!string.IsNullOrEmpty(anchor))
        {
            (_anchors ??= new Dictionary<string, YamlItem>(StringComparer.Ordinal))[anchor] = item;
        }
        return item;
    }

    // SharpYaml counts lines and columns from 0; people (and every problem the reader reports) from 1.
    private static int Line(ParsingEvent e) => e.Start.Line + 1;

    private static int Column(ParsingEvent e) => e.Start.Column + 1;

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
