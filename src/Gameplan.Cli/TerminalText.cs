using System.Globalization;
using System.Text;

namespace Gameplan.Cli;

/// <summary>
/// Makes text from files, the database or a server safe to print: control characters (C0, DEL, C1:
/// escape sequences that retitle the window, move the cursor or hide lines) and bidirectional
/// overrides (which reorder what a reader sees) are shown as <c>\x1b</c> / <c>\u202e</c> escapes.
/// Every line the CLI writes from such text goes through <see cref="Escape"/> (see CliContext).
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            safe.Append(!NeedsEscape(c) ? c.ToString()
                : c <= '\u00ff' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return safe.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
