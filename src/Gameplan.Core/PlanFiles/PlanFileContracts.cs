namespace Gameplan.Core.PlanFiles;

/// <summary>What kind of trouble a plan file is in, from worst to mildest.</summary>
public enum PlanFileProblemKind
{
    /// <summary>The text is not YAML, or not a plan file at all: nothing could be read.</summary>
    Syntax,

    /// <summary>A value of the wrong type or form (<c>target: lots</c>, a bad date): that value is left out.</summary>
    InvalidValue,

    /// <summary>A key the format does not know, most likely a typo: reported, everything else is kept.</summary>
    UnknownKey,
}

/// <summary>A problem found while reading a plan file, with its place: 1-based line and column.</summary>
/// <param name="Path">Where in the plan, e.g. <c>strategies[s1].statment</c>; empty for the whole file.</param>
public sealed record PlanFileProblem(PlanFileProblemKind Kind, string Path, int Line, int Column, string Message)
{
    /// <summary>False only for unknown keys, which lose nothing else.</summary>
    public bool IsError => Kind != PlanFileProblemKind.UnknownKey;

    /// <summary><c>line:column: message</c>, to follow a file name.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}

/// <summary>The plan read from a file (null when the text could not be parsed) and every problem found.</summary>
public sealed record PlanFileReadResult(PlanFile? Plan, IReadOnlyList<PlanFileProblem> Problems)
{
    /// <summary>True when something was lost: a syntax error or a value that could not be read.</summary>
    public bool HasErrors => Plan is null || Problems.Any(p => p.IsError);

    public IEnumerable<PlanFileProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<PlanFileProblem> Warnings => Problems.Where(p => !p.IsError);
}

/// <summary>The new plan's id, and what the import did or could not keep (people added, settings not stored).</summary>
public sealed record PlanFileImportResult(int PlanId, IReadOnlyList<string> Notes);
