using Gameplan.Core.Critique;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>A plan file's pace and goal progress (<c>gameplan pace PLAN.yaml</c>), offline and deterministic.</summary>
public static class PlanFilePace
{
    /// <summary>The report, or null with the reader's problems when the file cannot be parsed.</summary>
    public static (PaceReport? Report, IReadOnlyList<PlanFileProblem> Problems) Report(string yaml, DateOnly today, ActivityFacts? activities)
    {
        var read = PlanFileReader.Read(yaml);
        return read.Plan is null ? (null, read.Problems) : (PlanPace.Report(PlanFileDocuments.From(read.Plan), activities, today), read.Problems);
    }
}
