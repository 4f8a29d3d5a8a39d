using YamlDotNet.Core;

namespace Gameplan.Core.PlanFiles;

// Turning the text into YamlItems with YamlDotNet's parser: the rest of the reader walks the light tree.
public static partial class PlanFileReader
{
    /// <summary>The root node, or the fatal result that ends the read.</summary>
    internal static (YamlItem? Root, PlanFileReadResult? Fatal) Load(string yaml)
    {
        var events = new YamlEvents(new Parser(new StringReader(yaml)));
        YamlItem? root;
        try
        {
            root = events.ReadFirstDocument();
        }
        catch (YamlException e)
        {
            return (null, Fatal((int)e.Start.Line, (int)e.Start.Column, SyntaxMessage(e)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet can end an unclosed flow list with a bare InvalidOperationException: name the last place that parsed.
            return (null, Fatal((int)events.LastGood.Line, (int)events.LastGood.Column, "the YAML breaks off after this point (an unclosed '[' or '{'?)."));
        }
        if (root is not { Kind: YamlItemKind.Mapping })
        {
            return (null, Fatal(1, 1, "this is not a plan file: expected a mapping with 'version' and 'plan'."));
        }
        return (root, null);
    }
}
