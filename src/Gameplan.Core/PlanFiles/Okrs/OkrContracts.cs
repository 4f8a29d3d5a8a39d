namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>The two shapes of OKR document <see cref="OkrReader"/> reads.</summary>
public enum OkrFormat
{
    /// <summary>A Markdown outline: objectives as headings or top-level bullets, key results and initiatives beneath.</summary>
    Markdown,

    /// <summary>A table with objective / key result / owner / target / due columns, comma- or semicolon-separated.</summary>
    Csv,
}

/// <summary>What the reader knows besides the document.</summary>
public sealed record OkrReadOptions
{
    /// <summary>The day the import runs; the period is its calendar year when the document names no year.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The plan's name when the document has no title (the file name, say).</summary>
    public string? FallbackName { get; init; }

    /// <summary>
    /// The organisation's team names, matched to owners that are functions ("Sales", "CS"); null when
    /// there is no database to ask (a file written with <c>-o</c>): such owners are then kept as written and reported.
    /// </summary>
    public IReadOnlyList<string>? Teams { get; init; }

    /// <summary>The organisation's people, so that an owner written as a name ("Dana Reyes") finds its handle.</summary>
    public IReadOnlyList<OkrKnownPerson> People { get; init; } = [];
}

/// <summary>A person the organisation already has.</summary>
public sealed record OkrKnownPerson(string Handle, string Name);

/// <summary>How bad an OKR reading problem is.</summary>
public enum OkrProblemSeverity
{
    /// <summary>Nothing can be imported: the document is empty, has no objectives, or is out of order.</summary>
    Error,

    /// <summary>Something was not understood or not kept (a due date, an owner); the rest is imported.</summary>
    Warning,
}

/// <summary>A problem with its place: 1-based line (CSV: the row's line) and column (CSV: the column's number).</summary>
public sealed record OkrProblem(OkrProblemSeverity Severity, int Line, int Column, string Message)
{
    public bool IsError => Severity == OkrProblemSeverity.Error;

    /// <summary><c>line:column: message</c> (with <c>warning:</c> for a warning), to follow a file name.</summary>
    public override string ToString() => IsError ? $"{Line}:{Column}: {Message}" : $"{Line}:{Column}: warning: {Message}";
}

/// <summary>One line of the mapping report: a source line or row and what it became, and why.</summary>
/// <param name="Line">The source line (a CSV row's line).</param>
/// <param name="Source">The text as written there (the objective or key result; CSV: the cell read).</param>
/// <param name="Became">What it became: <c>plan name</c>, <c>goal</c>, <c>strategy</c>, <c>tactic</c>, or <c>not mapped</c>.</param>
/// <param name="Path">Where it is in the plan file, e.g. <c>strategies[s1].tactics[t2]</c>; empty when not mapped.</param>
/// <param name="Why">The reason: the classifier's verdict and confidence, the number read, the prefix.</param>
/// <param name="Owner">What became of the owner written there; null when none was written.</param>
public sealed record OkrMapping(int Line, string Source, string Became, string Path, string Why, string? Owner);

/// <summary>The plan read (null when an error stopped it), the mapping report, and the problems.</summary>
public sealed record OkrReadResult(PlanFile? Plan, IReadOnlyList<OkrMapping> Mappings, IReadOnlyList<OkrProblem> Problems)
{
    public bool HasErrors => Plan is null || Problems.Any(p => p.IsError);

    public IEnumerable<OkrProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<OkrProblem> Warnings => Problems.Where(p => !p.IsError);
}
