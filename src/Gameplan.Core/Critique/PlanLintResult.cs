using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Critique;

/// <summary>A lint's outcome: the report (null when the file could not be read) and the reader's problems with their places.</summary>
public sealed record PlanLintResult(CritiqueReport? Report, IReadOnlyList<PlanFileProblem> Problems)
{
    /// <summary>True when nothing could be read (exit 2).</summary>
    public bool Unreadable => Report is null;
}
