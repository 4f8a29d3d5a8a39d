using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Domain;

namespace Gameplan.Core.PlanFiles;

/// <summary>Scalars spelled for YAML: plain when that reads back as the same text, double-quoted otherwise.</summary>
internal static partial class YamlText
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Number(decimal value) => Numbers.Exact(value);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>Text as a scalar; <paramref name="flow"/> when it sits inside <c>[ ]</c> or <c>{ }</c>.</summary>
    public static string Text(string value, bool flow) => NeedsQuotes(value, flow) ? Quoted(value) : value;

    public static string List(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(v => Text(v, flow: true)))}]";

    private static bool NeedsQuotes(string value, bool flow) =>
        value.Length == 0
        || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])
        || Indicators.Contains(value[0], StringComparison.Ordinal)
        || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')
        || value.Any(c => char.IsControl(c))
        || (flow && value.IndexOfAny([',', '[', ']', '{', '}', ':']) >= 0)
        || Special().IsMatch(value);

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    // Words and numbers a YAML reader would take for something other than text.
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|[-+]?\.(inf|nan)|0x[0-9a-f]+|0o[0-7]+|\d{4}-\d\d-\d\d.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Special();
}
