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
        || !AllPlain(value)
        || (flow && !PlainInFlow().IsMatch(value))
        || Special().IsMatch(value);

    /// <summary>
    /// Double-quoted, with every character a YAML reader could change escaped: line breaks (YAML also
    /// breaks lines at U+0085, U+2028 and U+2029), tabs, control characters, the byte order mark,
    /// non-characters and halves of surrogate pairs that have lost their partner.
    /// </summary>
    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
                continue;
            }
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when !Printable(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>True when every character may stand in a plain scalar as it is (surrogates only in pairs).</summary>
    private static bool AllPlain(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!Printable(value[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>YAML 1.2's printable characters, without tab, line breaks, the byte order mark and lone surrogates.</summary>
    private static bool Printable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');

    // Inside [ ] and { } a reader looks for more indicators ('?', ',', '#' ...): text that starts with a letter or digit and holds none of them stays plain there.
    [GeneratedRegex(@"^[\p{L}\p{N}][^,\[\]{}#:?""'&*!|>%@`\\]*$")]
    private static partial Regex PlainInFlow();

    // Words and numbers a YAML reader would take for something other than text.
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|[-+]?\.(inf|nan)|0x[0-9a-f]+|0o[0-7]+|\d{4}-\d\d-\d\d.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Special();
}
