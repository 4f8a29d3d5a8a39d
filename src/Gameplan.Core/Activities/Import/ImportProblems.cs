namespace Gameplan.Core.Activities.Import;

/// <summary>
/// The problems of a file: every invalid row is counted, the first <c>max</c> problems are listed,
/// so a file of a million bad rows answers with a bounded report.
/// </summary>
internal sealed class ImportProblems(int max)
{
    private readonly List<ActivityImportError> _listed = [];

    public IReadOnlyList<ActivityImportError> Listed => _listed;

    public int Rows { get; private set; }

    public void Add(IReadOnlyList<ActivityImportError> ofOneRow)
    {
        Rows++;
        foreach (var problem in ofOneRow)
        {
            if (_listed.Count < max)
            {
                _listed.Add(problem);
            }
        }
    }

    public void Add(ActivityImportError problem) => Add([problem]);
}
