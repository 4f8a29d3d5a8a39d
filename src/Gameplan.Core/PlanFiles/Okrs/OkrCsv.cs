namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Reads an OKR table: one row per key result (or per initiative), with the objective repeated or left
/// blank under the row that names it (what a spreadsheet's merged cells export). Header names are matched
/// loosely ("Objective Name", "KR", "Key Result", "Owner", "Target Value", "Due Date"); the delimiter
/// is the comma, semicolon or tab the header uses most; quoted fields may hold delimiters, quotes and line breaks.
/// </summary>
internal static class OkrCsv
{
    public static OkrOutline? Read(string text, List<OkrProblem> problems)
    {
        var rows = OkrCsvRows.Parse(text);
        if (rows.Count == 0)
        {
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, 1, 1, "the file is empty."));
            return null;
        }
        var header = rows[0];
        var columns = OkrCsvColumns.Match(header.Cells);
        if (columns.Objective is null)
        {
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, header.Line, 1,
                $"the header has no objective column ({string.Join(", ", header.Cells.Select(c => $"'{c.Trim()}'"))}); name one 'Objective' (or 'Objective Name')."));
            return null;
        }
        var objectives = new List<OkrEntry>();
        OkrEntry? objective = null;
        string? objectiveText = null;
        foreach (var row in rows.Skip(1))
        {
            var cell = (int? index) => index is { } i && i < row.Cells.Count && row.Cells[i].Trim().Length > 0 ? new OkrCell(row.Cells[i].Trim(), i + 1) : null;
            var named = cell(columns.Objective);
            var keyResult = cell(columns.KeyResult);
            var initiative = cell(columns.Initiative);
            if (named is null && keyResult is null && initiative is null)
            {
                continue;
            }
            if (named is not null && !string.Equals(named.Text, objectiveText, StringComparison.OrdinalIgnoreCase))
            {
                var owner = cell(columns.ObjectiveOwner) ?? (keyResult is null && initiative is null ? cell(columns.Owner) : null);
                objective = new OkrEntry(row.Line, OkrLevel.Objective, Statement(named.Text, owner)) { Owner = owner };
                objectives.Add(objective);
                objectiveText = named.Text;
            }
            if (objective is null)
            {
                problems.Add(new OkrProblem(OkrProblemSeverity.Error, row.Line, columns.Objective.Value + 1,
                    $"'{(keyResult ?? initiative)!.Text}' comes before any objective: this row's objective cell is empty and no row above names one."));
                continue;
            }
            OkrEntry? result = null;
            if (keyResult is not null)
            {
                var owner = cell(columns.Owner);
                result = new OkrEntry(row.Line, OkrLevel.KeyResult, Statement(keyResult.Text, owner))
                {
                    Owner = owner,
                    Target = cell(columns.Target),
                    Baseline = cell(columns.Baseline),
                    Due = cell(columns.Due),
                };
                objective.Children.Add(result);
            }
            if (initiative is not null)
            {
                var owner = cell(columns.InitiativeOwner) ?? (keyResult is null ? cell(columns.Owner) : null);
                var entry = new OkrEntry(row.Line, OkrLevel.Initiative, Statement(initiative.Text, owner))
                {
                    Owner = owner,
                    Due = keyResult is null ? cell(columns.Due) : null,
                };
                (result ?? objective.Children.LastOrDefault(c => c.Level == OkrLevel.KeyResult) ?? objective).Children.Add(entry);
            }
        }
        if (objectives.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(new OkrProblem(OkrProblemSeverity.Error, header.Line, 1, "the table has a header but no rows with an objective."));
        }
        return new OkrOutline(null, 0, objectives, []);
    }

    /// <summary>A cell's statement; the owner column, when there is one, wins over an owner written in the text.</summary>
    private static OkrStatement Statement(string text, OkrCell? owner)
    {
        var statement = OkrStatement.Parse(text);
        return owner is null ? statement : statement with { Owner = owner.Text };
    }
}
