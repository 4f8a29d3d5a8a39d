using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// A Markdown pipe table with an objective column (what Notion and Confluence export) is read as a
/// table: its rows keep their line numbers, and the document's first heading is the title.
/// </summary>
internal static partial class OkrMarkdownTable
{
    /// <summary>The table as pipe-separated text, line for line (other lines blank), and the first heading; null when there is none.</summary>
    public static (string Table, string? Title, int TitleLine)? Find(string text)
    {
        var lines = text.Split('\n');
        var header = Array.FindIndex(lines, l => Row().IsMatch(l) && l.Contains("objective", StringComparison.OrdinalIgnoreCase));
        if (header < 0 || lines.Any(l => Bullet().IsMatch(l)))
        {
            return null;
        }
        var table = lines.Select((line, i) => i >= header && Row().IsMatch(line) && !Separator().IsMatch(line) ? Trim(line) : "");
        var heading = Array.FindIndex(lines, l => Heading().IsMatch(l));
        return (string.Join('\n', table), heading < 0 ? null : Heading().Match(lines[heading]).Groups["text"].Value.Trim(), heading + 1);
    }

    /// <summary>The row without its outer pipes, so that no empty column is read before the first.</summary>
    private static string Trim(string line)
    {
        var row = line.Trim().TrimEnd('\r');
        row = row.StartsWith('|') ? row[1..] : row;
        return row.EndsWith('|') ? row[..^1] : row;
    }

    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
