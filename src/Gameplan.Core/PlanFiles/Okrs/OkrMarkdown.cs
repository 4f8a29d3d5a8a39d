using System.Text.RegularExpressions;

namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Reads a Markdown OKR outline. Objectives are the headings of one level (a lone top heading above
/// them is the title), or, when there are none, the top-level list items. Beneath an objective, the
/// first level of items are key results and deeper ones initiatives; "KR:" / "Initiative:" prefixes
/// and "Key results" / "Initiatives" sub-headings or lead-in lines say so explicitly.
/// </summary>
internal static partial class OkrMarkdown
{
    public static OkrOutline? Read(string text, List<OkrProblem> problems)
    {
        var lines = Lines(text);
        var headings = lines.Where(l => l.Heading > 0 && OkrStatement.SectionOf(l.Text) is null).ToList();
        var bullets = lines.Count(l => l.Bullet);
        if (headings.Count == 0 && bullets == 0)
        {
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, 1, 1,
                "the document has no headings and no list items: write objectives as headings (#, ##) or top-level bullets, with key results as bullets beneath."));
            return null;
        }
        Line? title = null;
        var objectiveLevel = 0;
        if (headings.Count > 0)
        {
            var top = headings.Min(h => h.Heading);
            var atTop = headings.Where(h => h.Heading == top).ToList();
            var deeper = headings.Where(h => h.Heading > top).ToList();
            if (atTop.Count == 1 && atTop[0] == headings[0] && (deeper.Count > 0 || bullets > 0 || headings.Count == 1))
            {
                title = atTop[0];
                objectiveLevel = deeper.Count > 0 ? deeper.Min(h => h.Heading) : 0;
            }
            else
            {
                objectiveLevel = top;
            }
        }
        // A first line of plain text above everything else ("Q3 2027 Sales OKRs") is the title too.
        if (title is null && lines.Count > 0 && lines[0] is { Heading: 0, Bullet: false } first && OkrStatement.SectionOf(first.Text) is null)
        {
            title = first;
        }
        var reader = new Builder(objectiveLevel, problems);
        foreach (var line in lines.Where(l => l != title))
        {
            reader.Add(line);
        }
        if (reader.Objectives.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, title?.Number ?? 1, 1,
                "the document has no objectives: write them as headings (## Objective) or top-level bullets, with key results beneath."));
        }
        return new OkrOutline(title is null ? null : OkrStatement.Clean(title.Text), title?.Number ?? 0, reader.Objectives, reader.Prose);
    }

    /// <summary>Walks the lines in order, keeping the open list items by indentation.</summary>
    private sealed class Builder(int objectiveLevel, List<OkrProblem> problems)
    {
        private readonly List<(int Indent, OkrEntry Entry, OkrLevel? Section)> _open = [];
        private OkrEntry? _objective;
        private OkrEntry? _heading;
        private OkrLevel? _section;

        public List<OkrEntry> Objectives { get; } = [];

        public List<(int Line, string Text)> Prose { get; } = [];

        public void Add(Line line)
        {
            if (line.Heading > 0)
            {
                AddHeading(line);
            }
            else if (line.Bullet)
            {
                AddBullet(line);
            }
            else if (OkrStatement.SectionOf(line.Text) is { } section)
            {
                _section = section;
                _open.Clear();
            }
            else
            {
                Prose.Add((line.Number, line.Text.Trim()));
            }
        }

        private void AddHeading(Line line)
        {
            _open.Clear();
            if (OkrStatement.SectionOf(line.Text) is { } section)
            {
                (_heading, _section) = (null, section);
                return;
            }
            var statement = OkrStatement.Parse(line.Text);
            if (objectiveLevel > 0 && line.Heading <= objectiveLevel)
            {
                _objective = new OkrEntry(line.Number, OkrLevel.Objective, statement);
                Objectives.Add(_objective);
                (_heading, _section) = (null, null);
            }
            else if (_objective is null)
            {
                Before(line, statement, line.Heading + 2);
            }
            else
            {
                _heading = new OkrEntry(line.Number, statement.Named ?? OkrLevel.KeyResult, statement);
                _objective.Children.Add(_heading);
                _section = null;
            }
        }

        private void AddBullet(Line line)
        {
            while (_open.Count > 0 && _open[^1].Indent >= line.Indent)
            {
                _open.RemoveAt(_open.Count - 1);
            }
            var parent = _open.Count > 0 ? _open[^1] : ((int, OkrEntry?, OkrLevel?)?)null;
            if (OkrStatement.SectionOf(line.Text) is { } marker)
            {
                // "- Key results:" only announces the items beneath it; they belong to what it sits under.
                if ((parent?.Item2 ?? _heading ?? _objective) is { } owner)
                {
                    _open.Add((line.Indent, owner, marker));
                }
                else
                {
                    _section = marker;
                }
                return;
            }
            var statement = OkrStatement.Parse(line.Text);
            if (parent is null && objectiveLevel == 0 && (statement.Named is null or OkrLevel.Objective || _objective is null))
            {
                if (statement.Named is OkrLevel.KeyResult or OkrLevel.Initiative)
                {
                    Before(line, statement, line.Indent + 1);
                    return;
                }
                _objective = new OkrEntry(line.Number, OkrLevel.Objective, statement);
                Objectives.Add(_objective);
                _section = null;
                _open.Add((line.Indent, _objective, null));
                return;
            }
            var under = parent?.Item2 ?? _heading ?? _objective;
            if (under is null)
            {
                Before(line, statement, line.Indent + 1);
                return;
            }
            if (statement.Named is OkrLevel.Objective && parent is null)
            {
                _objective = new OkrEntry(line.Number, OkrLevel.Objective, statement);
                Objectives.Add(_objective);
                _open.Add((line.Indent, _objective, null));
                return;
            }
            var section = parent?.Item3 ?? (parent is null ? _section : null);
            var level = statement.Named is OkrLevel.KeyResult or OkrLevel.Initiative ? statement.Named.Value
                : section ?? (under.Level == OkrLevel.Objective ? OkrLevel.KeyResult : OkrLevel.Initiative);
            // A key result named under a key result is its sibling: both belong to the objective.
            if (level == OkrLevel.KeyResult && under.Level != OkrLevel.Objective && _objective is not null)
            {
                under = _objective;
            }
            var entry = new OkrEntry(line.Number, level, statement);
            under.Children.Add(entry);
            _open.Add((line.Indent, entry, null));
        }

        private void Before(Line line, OkrStatement statement, int column) =>
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, line.Number, column,
                $"'{statement.Text}' comes before any objective: a key result or initiative belongs under an objective (a heading or a top-level bullet)."));
    }

    /// <summary>A meaningful line: a heading (its level), a list item (its indentation) or prose; blank lines, rules and code are left out.</summary>
    private sealed record Line(int Number, int Heading, bool Bullet, int Indent, string Text);

    private static List<Line> Lines(string text)
    {
        var result = new List<Line>();
        var fenced = false;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Replace("\t", "    ", StringComparison.Ordinal);
            if (Fence().IsMatch(line))
            {
                fenced = !fenced;
                continue;
            }
            if (fenced || string.IsNullOrWhiteSpace(line) || Rule().IsMatch(line) || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }
            if (Heading().Match(line) is { Success: true } heading)
            {
                result.Add(new Line(number, heading.Groups["marks"].Length, false, 0, heading.Groups["text"].Value));
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                result.Add(new Line(number, 0, true, bullet.Groups["indent"].Length, bullet.Groups["text"].Value));
            }
            else
            {
                result.Add(new Line(number, 0, false, 0, line.Trim()));
            }
        }
        return result;
    }

    [GeneratedRegex(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<indent>\s*)(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)])\s+(?<text>\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*(?:```|~~~)")]
    private static partial Regex Fence();
}
