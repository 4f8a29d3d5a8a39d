using Gameplan.Domain.Critique;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Reads an activity CSV without a database, for <c>lint --activities</c> and <c>pace --activities</c>:
/// the generic columns (person is a handle, metric a name, as written) plus an optional
/// <c>tactic</c> column, with the same problems an import reports, except unknown people and
/// metrics, which only a database can know. Rows of the file stay in memory (the facts are indexed).
/// </summary>
public static class ActivityCsvFacts
{
    /// <summary>
    /// The valid rows as facts, and the problems of the others. <paramref name="today"/>, when
    /// given, refuses later days. Throws <see cref="ActivityFileException"/> for a file that cannot
    /// be read at all.
    /// </summary>
    public static async Task<ActivityFactsRead> ReadAsync(Stream csv, DateOnly? today, CancellationToken ct = default,
        ActivityMapping? mapping = null, int maxReported = 1000)
    {
        var facts = new List<ActivityFact>();
        var problems = new ImportProblems(maxReported);
        await using var reader = await ActivityCsvReader.OpenAsync(csv, mapping ?? ActivityMapping.Generic, today, ct);
        while (await reader.ReadAsync(ct) is { } row)
        {
            if (!row.IsValid)
            {
                problems.Add(row.Problems!);
            }
            else if (!row.Ignored)
            {
                facts.Add(new ActivityFact(row.Date, row.Person.Trim(), row.Metric.Trim(), row.Quantity, row.Tactic?.Trim()));
            }
        }
        return new ActivityFactsRead(new ActivityFacts(facts), problems.Listed) { InvalidRows = problems.Rows };
    }
}
