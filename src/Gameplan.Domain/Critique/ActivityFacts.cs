namespace Gameplan.Domain.Critique;

/// <summary>The activity log the pace rules (GP501, GP502) read.</summary>
public sealed record ActivityFacts(IReadOnlyList<ActivityFact> Entries)
{
    /// <summary>The entries that count towards a tactic's metric.</summary>
    public IEnumerable<ActivityFact> For(string? tacticId, string? metric) =>
        Entries.Where(entry => string.Equals(entry.Metric, metric, StringComparison.OrdinalIgnoreCase)
            && (entry.TacticId is null || string.Equals(entry.TacticId, tacticId, StringComparison.OrdinalIgnoreCase)));
}
