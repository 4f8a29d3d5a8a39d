using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;

namespace Gameplan.Core.Activities;

/// <summary>Logs activities sent one by one or in batches (the API, the web's quick log).</summary>
public sealed class ActivityCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>Most rows in one request; larger loads go through the CSV import.</summary>
    public const int MaxBatch = 10_000;

    /// <summary>Longest Idempotency-Key: it prefixes derived external ids, which hold 100 characters.</summary>
    public const int MaxIdempotencyKeyLength = 80;

    /// <summary>
    /// Checks every row, then stores them in one transaction. A row without an external id gets
    /// <c>{idempotencyKey}#{index}</c>, so a retried request counts once; without either, the row
    /// gets a fresh id and a retry would count again.
    /// </summary>
    public async Task<ActivityLogResult> LogAsync(LogActivitiesRequest request, string? idempotencyKey, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var rows = request.Rows().ToList();
        if (rows.Count is 0 or > MaxBatch)
        {
            throw new DomainRuleException($"Send from 1 to {MaxBatch} activities in one request.", "activities");
        }
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > MaxIdempotencyKeyLength })
        {
            throw new DomainRuleException($"An Idempotency-Key holds at most {MaxIdempotencyKeyLength} characters.", "Idempotency-Key");
        }
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        // A row may be dated up to the latest day begun anywhere in the organisation; the exact
        // bound per person would need their zone before their row is read, for no real gain.
        var latest = await new OrganizationClock(db, clock).LatestAsync(ct);
        var checkedRows = rows.Select((r, index) => Check(r.Path, r.Row, key is null ? null : $"{key}#{index}", directory, actor, latest)).ToList();

        await using var writer = await ActivityWriter.BeginAsync(db, ct);
        foreach (var row in checkedRows)
        {
            await writer.AddAsync(row, ct);
        }
        var result = await writer.CommitAsync(ct);
        return new ActivityLogResult(result.Imported, result.Duplicates);
    }

    private static NewActivity Check(string path, ActivityRequest row, string? derivedId, ActivityDirectory directory, Actor actor, DateOnly latest)
    {
        if (row is null)
        {
            throw new DomainRuleException("An activity cannot be null.", path.TrimEnd('.'));
        }
        var date = row.Date ?? throw new DomainRuleException("The date is required (YYYY-MM-DD).", path + "date");
        PlanCalendar.Check(date, path + "date");
        if (date > latest)
        {
            throw new DomainRuleException($"{date:yyyy-MM-dd} is in the future; log activities once they are done.", path + "date");
        }
        var person = directory.FindPerson(row.Person, out var problem) ?? throw new DomainRuleException(problem!, path + "person");
        if (!ActivityAccess.MayLogFor(actor, person, directory.TeamOf(person)))
        {
            throw new AccessDeniedException($"You may not log activities for '{directory.HandleOf(person)}' ({path}person).");
        }
        var metric = directory.FindMetric(row.Metric)
            ?? throw new DomainRuleException($"There is no metric '{row.Metric?.Trim()}' in this organisation; metrics come from the plans' commitments.", path + "metric");
        var quantity = row.Quantity ?? throw new DomainRuleException("The quantity is required.", path + "quantity");
        if (quantity < 0)
        {
            throw new DomainRuleException("The quantity cannot be negative.", path + "quantity");
        }
        var externalId = string.IsNullOrWhiteSpace(row.ExternalId) ? derivedId ?? $"api-{Guid.NewGuid():N}" : row.ExternalId.Trim();
        if (externalId.Length > 100)
        {
            throw new DomainRuleException("An external id holds at most 100 characters.", path + "external_id");
        }
        if (row.Note is { Length: > 500 })
        {
            throw new DomainRuleException("A note holds at most 500 characters.", path + "note");
        }
        return new NewActivity(person, metric, date, quantity, externalId, string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim());
    }
}
