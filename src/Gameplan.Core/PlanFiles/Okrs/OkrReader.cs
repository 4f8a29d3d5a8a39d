namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>
/// Reads an OKR document (a Markdown outline or a CSV table) into a <see cref="PlanFile"/>, the model the
/// YAML reader produces, so that <see cref="PlanFileWriter"/> writes it and <see cref="PlanFileImporter"/>
/// stores it. Pure: the text and what the organisation knows come in, nothing is read or written.
/// The mapping (docs/decisions/0042) and a report of what each line became come back with it.
/// </summary>
public static class OkrReader
{
    /// <summary>The format a file is in: by its extension (.md, .markdown, .csv, .tsv), else by its content.</summary>
    public static OkrFormat FormatOf(string? fileName, string text)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".csv" or ".tsv")
        {
            return OkrFormat.Csv;
        }
        if (extension is ".md" or ".markdown" or ".txt")
        {
            return OkrFormat.Markdown;
        }
        var first = text.TrimStart('\uFEFF').Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        return first.TrimStart().StartsWith('#') || first.TrimStart().StartsWith('-') || first.TrimStart().StartsWith('*') || !(first.Contains(',') || first.Contains(';'))
            ? OkrFormat.Markdown : OkrFormat.Csv;
    }

    /// <summary>True when a file name or its content says OKR document rather than a YAML plan file.</summary>
    public static bool IsOkrDocument(string? fileName, string text)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".yaml" or ".yml")
        {
            return false;
        }
        if (extension is ".md" or ".markdown" or ".csv" or ".tsv")
        {
            return true;
        }
        // A plan file starts with "version:" or "plan:" (after comments); anything else is taken for an outline or a table.
        var first = text.TrimStart('\uFEFF').Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal) && l != "---") ?? "";
        return !(first.StartsWith("version:", StringComparison.Ordinal) || first.StartsWith("plan:", StringComparison.Ordinal));
    }

    public static OkrReadResult Read(string text, OkrFormat format, OkrReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<OkrProblem>();
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            return new OkrReadResult(null, [], [new OkrProblem(OkrProblemSeverity.Error, 1, 1, "the file is empty: there is no objective to import.")]);
        }
        var table = format == OkrFormat.Markdown ? OkrMarkdownTable.Find(text) : null;
        var outline = format == OkrFormat.Csv ? OkrCsv.Read(text, problems)
            : table is { } found ? OkrCsv.Read(found.Table, problems) is { } rows ? rows with { Title = found.Title, TitleLine = found.TitleLine } : null
            : OkrMarkdown.Read(text, problems);
        if (outline is null || problems.Any(p => p.IsError))
        {
            return new OkrReadResult(null, [], [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)]);
        }
        var (plan, mappings) = new OkrMapper(options, problems).Map(outline);
        return new OkrReadResult(plan, mappings, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)]);
    }
}
