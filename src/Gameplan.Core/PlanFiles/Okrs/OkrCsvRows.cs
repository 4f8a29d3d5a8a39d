namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>A CSV record and the line it starts on.</summary>
internal sealed record OkrCsvRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Splits CSV text into records (RFC 4180 quoting), with the delimiter (comma, semicolon, tab or pipe) the first line uses most.</summary>
internal static class OkrCsvRows
{
    public static List<OkrCsvRow> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var delimiter = Delimiter(text);
        var rows = new List<OkrCsvRow>();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                (quoted, cell.Length) = (true, 0);
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                End();
                line++;
                start = line;
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }
        End();
        return rows;

        void End()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Any(value => value.Trim().Length > 0))
            {
                rows.Add(new OkrCsvRow(start, [.. cells]));
            }
            cells = [];
        }
    }

    private static char Delimiter(string text)
    {
        var first = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        char[] candidates = [',', ';', '\t', '|'];
        return candidates.OrderByDescending(d => first.Count(c => c == d)).First();
    }
}
