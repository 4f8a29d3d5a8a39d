using System.ComponentModel.DataAnnotations;

namespace Gameplan.Core.Activities;

/// <summary>
/// Logs activities: either one activity (the fields at the top level) or a batch in
/// <see cref="Activities"/>. All or nothing: one bad row refuses the whole request.
/// </summary>
public sealed record LogActivitiesRequest
{
    /// <summary>A batch; when absent, the request itself is the one activity.</summary>
    public IReadOnlyList<ActivityRequest>? Activities { get; init; }

    public DateOnly? Date { get; init; }

    public string? Person { get; init; }

    public string? Metric { get; init; }

    public decimal? Quantity { get; init; }

    public string? ExternalId { get; init; }

    public string? Note { get; init; }

    /// <summary>The rows with the JSON path of each, as errors name them (<c>activities[3].</c>, or none for a single activity).</summary>
    public IEnumerable<(string Path, ActivityRequest Row)> Rows() =>
        Activities is { } batch
            ? batch.Select((row, i) => ($"activities[{i}].", row))
            : [("", new ActivityRequest { Date = Date, Person = Person, Metric = Metric, Quantity = Quantity, ExternalId = ExternalId, Note = Note })];
}

/// <summary>One logged activity: how much of a metric a person (by handle) did on a day.</summary>
public sealed record ActivityRequest
{
    public DateOnly? Date { get; init; }

    public string? Person { get; init; }

    public string? Metric { get; init; }

    [Range(typeof(decimal), "0", "1000000000")]
    public decimal? Quantity { get; init; }

    /// <summary>The source's id; a row whose id is already stored is a duplicate. Without it, the Idempotency-Key header derives one.</summary>
    [StringLength(100)]
    public string? ExternalId { get; init; }

    [StringLength(500)]
    public string? Note { get; init; }
}

/// <summary>What a log request stored.</summary>
public sealed record ActivityLogResult(int Imported, int Duplicates);

/// <summary>Daily sums for <c>GET /api/v1/activities</c>; every filter optional.</summary>
/// <param name="Person">A handle; absent: everyone whose activity the caller may read.</param>
/// <param name="Metric">A metric name; absent: every metric.</param>
/// <param name="From">First day (inclusive); default 27 days before <paramref name="To"/>.</param>
/// <param name="To">Last day (inclusive); default today.</param>
public sealed record ActivityDaysQuery(string? Person, string? Metric, DateOnly? From, DateOnly? To);

/// <summary>Daily sums from the aggregates over an inclusive range.</summary>
public sealed record ActivityDaysDetails(DateOnly From, DateOnly To, IReadOnlyList<ActivityDayLine> Days);

/// <summary>What one person logged of one metric on one day.</summary>
public sealed record ActivityDayLine(DateOnly Date, string Person, string Metric, decimal Quantity, int Entries);
