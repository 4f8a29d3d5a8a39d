namespace Gameplan.Core.PlanFiles.Okrs;

/// <summary>Which column (0-based) holds what; null when the header has no such column.</summary>
internal sealed record OkrCsvColumns(int? Objective, int? ObjectiveOwner, int? KeyResult, int? Initiative, int? InitiativeOwner,
    int? Owner, int? Target, int? Baseline, int? Due)
{
    /// <summary>Matches header names loosely: case, spaces and punctuation do not count; common synonyms do.</summary>
    public static OkrCsvColumns Match(IReadOnlyList<string> header)
    {
        var names = header.Select(Normal).ToList();
        int? Find(Func<string, bool> test) => names.FindIndex(n => test(n)) is var i and >= 0 ? i : null;
        return new OkrCsvColumns(
            Objective: Find(n => n is "objective" or "objectives" or "objectivename" or "objectivetitle" or "o" or "okr" or "objectivestatement")
                ?? Find(n => n.StartsWith("objective", StringComparison.Ordinal) && !n.Contains("owner", StringComparison.Ordinal) && !n.Contains("id", StringComparison.Ordinal)),
            ObjectiveOwner: Find(n => n is "objectiveowner" or "objectivelead" or "objectivedri"),
            KeyResult: Find(n => n is "keyresult" or "keyresults" or "kr" or "krs" or "krname" or "keyresultname" or "keyresulttitle" or "result")
                ?? Find(n => (n.StartsWith("keyresult", StringComparison.Ordinal) || n.StartsWith("kr", StringComparison.Ordinal))
                    && !n.Contains("owner", StringComparison.Ordinal) && !n.Contains("id", StringComparison.Ordinal) && !n.Contains("date", StringComparison.Ordinal)),
            Initiative: Find(n => n is "initiative" or "initiatives" or "action" or "actions" or "project" or "projects" or "task" or "tasks" or "initiativename"),
            InitiativeOwner: Find(n => n is "initiativeowner" or "actionowner" or "projectowner" or "taskowner"),
            Owner: Find(n => n is "owner" or "owners" or "krowner" or "keyresultowner" or "assignee" or "dri" or "responsible" or "ownername" or "accountable")
                ?? Find(n => n.Contains("owner", StringComparison.Ordinal) && !n.StartsWith("objective", StringComparison.Ordinal)
                    && !n.StartsWith("initiative", StringComparison.Ordinal)),
            Target: Find(n => n is "target" or "targetvalue" or "goalvalue" or "endvalue" or "desiredvalue" or "targetnumber" or "targetmetric")
                ?? Find(n => n.Contains("target", StringComparison.Ordinal) && !n.Contains("date", StringComparison.Ordinal)),
            Baseline: Find(n => n is "baseline" or "start" or "startvalue" or "startingvalue" or "current" or "currentvalue" or "initialvalue" or "from" or "baselinevalue"),
            Due: Find(n => n is "due" or "duedate" or "deadline" or "enddate" or "targetdate" or "date" or "by" or "dueby" or "when")
                ?? Find(n => n.Contains("due", StringComparison.Ordinal) || n.Contains("deadline", StringComparison.Ordinal)));
    }

    private static string Normal(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetter)]);
}
