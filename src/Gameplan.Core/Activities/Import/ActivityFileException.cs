namespace Gameplan.Core.Activities.Import;

/// <summary>
/// The file cannot be read as activities at all (empty, no header, a required column missing, a
/// record too large to be real): nothing is stored, and the CLI exits with 2.
/// </summary>
public sealed class ActivityFileException(ActivityImportError problem) : Exception(problem.ToString())
{
    public ActivityImportError Problem { get; } = problem;
}
