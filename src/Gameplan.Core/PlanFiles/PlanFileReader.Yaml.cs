using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gameplan.Core.PlanFiles;

// Turning the text into YamlItems with YamlDotNet: the rest of the reader walks the lighter copy.
public static partial class PlanFileReader
{
    /// <summary>The root node, or the fatal result that ends the read.</summary>
    internal static (YamlItem? Root, PlanFileReadResult? Fatal) Load(string yaml)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            return (null, Fatal((int)e.Start.Line, (int)e.Start.Column, SyntaxMessage(e)));
        }
        catch (InvalidOperationException)
        {
            return (null, Fatal((int)parser.LastGood.Line, (int)parser.LastGood.Column, "the YAML breaks off after this point (an unclosed '[' or '{'?)."));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, Fatal(1, 1, "this is not a plan file: expected a mapping with 'version' and 'plan'."));
        }
        return (Convert(root, new Dictionary<YamlNode, YamlItem>(ReferenceEqualityComparer.Instance)), null);
    }

    /// <summary>
    /// Copies YamlDotNet's tree. An alias is the very node it names, so each node is copied once
    /// (<paramref name="copies"/>): a self-referencing alias cannot recurse forever.
    /// </summary>
    private static YamlItem Convert(YamlNode node, Dictionary<YamlNode, YamlItem> copies)
    {
        if (copies.TryGetValue(node, out var copy))
        {
            return copy;
        }
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlScalarNode scalar:
                copy = YamlItem.Scalar(line, column, scalar.Value ?? "", scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                copies[node] = copy;
                return copy;
            case YamlSequenceNode sequence:
                copy = YamlItem.Sequence(line, column);
                copies[node] = copy;
                foreach (var item in sequence.Children)
                {
                    copy.Add(Convert(item, copies));
                }
                return copy;
            default:
                copy = YamlItem.Mapping(line, column);
                copies[node] = copy;
                foreach (var (key, value) in ((YamlMappingNode)node).Children)
                {
                    // A key is asked for by its text only when it carries no tag, as YamlScalarNode equality has it.
                    var scalar = key as YamlScalarNode;
                    var name = scalar is { Tag.IsEmpty: true } ? scalar.Value ?? "" : null;
                    copy.Add(new YamlEntry(name, scalar?.Value ?? key.ToString(), (int)key.Start.Line, (int)key.Start.Column, Convert(value, copies)));
                }
                return copy;
        }
    }
}
