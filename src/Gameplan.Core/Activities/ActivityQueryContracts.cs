namespace Gameplan.Core.Activities;

/// <summary>Whose activities and which metrics a read covers.</summary>
/// <param name="People">Person ids; null for everyone in the organisation.</param>
/// <param name="Metrics">Metric ids; null for every metric (reads are fastest with the metrics named).</param>
public sealed record ActivitySelection(IReadOnlyCollection<int>? People, IReadOnlyCollection<int>? Metrics)
{
    public static ActivitySelection Everyone { get; } = new(null, null);
}

/// <summary>What a person logged of a metric over a range (or on one day).</summary>
/// <param name="Quantity">Sum of the quantities, in the metric's unit.</param>
/// <param name="Entries">Number of logged rows.</param>
public sealed record ActivityTotalSummary(int PersonId, int MetricId, decimal Quantity, int Entries);

/// <summary>What a person logged of a metric on one day.</summary>
public sealed record ActivityDaySummary(int PersonId, int MetricId, DateOnly Date, decimal Quantity, int Entries);

/// <summary>The last day on which a person logged a positive quantity of a metric.</summary>
public sealed record LastActivitySummary(int PersonId, int MetricId, DateOnly Date);
