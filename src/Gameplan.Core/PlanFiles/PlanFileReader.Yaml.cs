using SharpYaml;

namespace Gameplan.Core.PlanFiles;

// Turning the text into YamlItems with SharpYaml's parser: the rest of the reader walks the light tree.
public static partial class PlanFileReader
{
    /// <summary>The root node, or the fatal result that ends the read.</summary>
    internal static (YamlItem? Root, PlanFileReadResult? Fatal) Load(string yaml)
    {
        var events = new YamlEvents(Parser.CreateParser(new StringReader(yaml)));
        YamlItem? root;
        try
        {
            root = events.ReadFirstDocument();
        }
        catch (YamlException e) when (events.OpenFlow is { } open && e.Message.Contains("did not find expected ','", StringComparison.Ordinal))
        {
            // The parser notices a missing ']' or '}' only lines later; the fix belongs where the list or mapping opened.
            var closing = open.Bracket == '[' ? ']' : '}';
            return (null, Fatal(open.Start.Line + 1, open.Start.Column + 1,
                $"the '{open.Bracket}' opened here is unclosed: no '{closing}' before line {e.Start.Line + 1}, column {e.Start.Column + 1} ({SyntaxMessage(e)})"));
        }
        catch (YamlException e)
        {
            return (null, Fatal(e.Start.Line + 1, e.Start.Column + 1, SyntaxMessage(e)));
        }
        catch (InvalidOperationException)
        {
            // A stream that ends early without the parser saying where: name the last place that parsed.
            return (null, Fatal(events.LastGood.Line + 1, events.LastGood.Column + 1, "the YAML breaks off after this point (an unclosed '[' or '{'?)."));
        }
        if (root is not { Kind: YamlItemKind.Mapping })
        {
            return (null, Fatal(1, 1, "this is not a plan file: expected a mapping with 'version' and 'plan'."));
        }
        return (root, null);
    }
}
