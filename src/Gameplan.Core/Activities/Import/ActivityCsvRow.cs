namespace Gameplan.Core.Activities.Import;

/// <summary>
/// One data row as read, before people and metrics are looked up: the person as written in the
/// file and the metric's name (after a mapping's translation). Valid when it has no problems.
/// </summary>
internal sealed class ActivityCsvRow
{
    public long Line { get; init; }

    public DateOnly Date { get; set; }

    public string Person { get; set; } = "";

    public string Metric { get; set; } = "";

    public decimal Quantity { get; set; }

    public string? ExternalId { get; set; }

    public string? Note { get; set; }

    public string? Tactic { get; set; }

    /// <summary>A mapping skips the row on purpose (an ignored activity type); it is neither stored nor invalid.</summary>
    public bool Ignored { get; private set; }

    public List<ActivityImportError>? Problems { get; private set; }

    public bool IsValid => Problems is null;

    /// <summary>Skips the row; what else is wrong with it no longer matters (an e-mail has no duration).</summary>
    public void Ignore()
    {
        Ignored = true;
        Problems = null;
    }

    public void Problem(string column, string reason) => (Problems ??= []).Add(new ActivityImportError(Line, column, reason));
}
