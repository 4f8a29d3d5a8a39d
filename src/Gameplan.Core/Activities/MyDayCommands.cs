using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// Logging from the web's My day. What a person enters there is stored as ordinary log rows whose
/// external ids start with <c>web:{person}:{metric}:{yyyy-MM-dd}</c>: a quick log adds one such row
/// (with a random suffix, so taps never collide); a correction replaces all of that day's web rows by
/// one row (without suffix) holding the difference between the wanted total and what other sources
/// (imports, the API) logged. Quantities are never negative, so a day's total can be corrected down
/// to what other sources logged, not below. Rows and their day and month aggregates change in one
/// transaction, so pace and dashboards stay exact.
/// </summary>
public sealed class MyDayCommands(GameplanDbContext db, MyDayQueries queries, TimeProvider clock)
{
    /// <summary>The largest amount one entry or one day may hold.</summary>
    public const decimal MaxQuantity = 100_000m;

    /// <summary>Adds <see cref="QuickLogRequest.Quantity"/> to today's total; returns the refreshed day.</summary>
    public async Task<MyDayDetails> LogTodayAsync(QuickLogRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        var person = MyDayQueries.Resolve(directory, request.Person, actor);
        var today = await MyDayQueries.Today(db, clock, person, ct);
        var quantity = request.Quantity ?? throw new DomainRuleException("Enter how much you did.", "quantity");
        if (quantity is <= 0 or > MaxQuantity)
        {
            throw new DomainRuleException($"Enter a quantity above 0 and at most {Numbers.Format(MaxQuantity, 0)}.", "quantity");
        }
        var metric = request.CreateMetric && !string.IsNullOrWhiteSpace(request.Metric) && directory.FindMetric(request.Metric) is null
            ? await CreateMetricAsync(request.Metric, ct)
            : string.IsNullOrWhiteSpace(request.Metric) || directory.FindMetric(request.Metric) is not null ? Metric(directory, request.Metric, "metric")
            : throw new DomainRuleException($"There is no metric '{request.Metric.Trim()}' in this organisation; tick \"create it\" under Other metric to add it.", "metric");
        await using (var writer = await ActivityWriter.BeginAsync(db, ct))
        {
            await writer.AddAsync(new NewActivity(person, metric, today, quantity, QuickLogEntries.NewId(person, metric, today, actor.PersonId, clock.GetUtcNow()), null), ct);
            await writer.CommitAsync(ct);
        }
        return await queries.GetAsync(directory.HandleOf(person), actor, ct);
    }

    /// <summary>How long after a quick log it may be undone.</summary>
    public static TimeSpan UndoWindow => QuickLogEntries.UndoWindow;

    /// <summary>
    /// Takes back the quick log <see cref="UndoLogRequest.EntryId"/>: it must be the newest entry of the
    /// person's day, logged by the caller less than <see cref="UndoWindow"/> ago; the day and month
    /// totals drop by its quantity. Refusals are rule errors naming <c>entry_id</c>.
    /// </summary>
    public async Task<MyDayDetails> UndoLastAsync(UndoLogRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        var person = MyDayQueries.Resolve(directory, request.Person, actor);
        var today = await MyDayQueries.Today(db, clock, person, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var newest = await QuickLogEntries.NewestAsync(db, person, today, ct);
        if (newest is null || request.EntryId is not { } id || newest.Id != id)
        {
            throw new DomainRuleException(newest is null
                ? "There is nothing of today to undo."
                : "Only the newest entry of the day can be undone, and that one is newer; correct the day in the grid instead.", "entry_id");
        }
        if (QuickLogEntries.WhyNot(newest, actor, clock.GetUtcNow()) is { } refusal)
        {
            throw new DomainRuleException(refusal, "entry_id");
        }
        await RemoveAsync(person, newest.MetricId, today, [newest.Id], newest.Quantity, ct);
        await transaction.CommitAsync(ct);
        return await queries.GetAsync(directory.HandleOf(person), actor, ct);
    }

    /// <summary>Adds a metric the organisation does not have yet (unit count), after the person confirmed it.</summary>
    private async Task<int> CreateMetricAsync(string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 100)
        {
            throw new DomainRuleException("A metric name is at most 100 characters.", "metric");
        }
        await MetricCatalog.EnsureAsync(db, [(trimmed, "count")], ct);
        await db.SaveChangesAsync(ct);
        return (await ActivityDirectory.LoadAsync(db, ct)).FindMetric(trimmed)
            ?? throw new DomainRuleException($"The metric '{trimmed}' could not be created.", "metric");
    }

    /// <summary>
    /// Sets the totals of the given days (each within the last <see cref="MyDayQueries.HistoryDays"/>
    /// days); a value equal to the stored total changes nothing. All or nothing. Errors name the
    /// cell as <c>days[i].quantity</c>.
    /// </summary>
    public async Task<MyDayDetails> SetDaysAsync(SetDaysRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        var person = MyDayQueries.Resolve(directory, request.Person, actor);
        var today = await MyDayQueries.Today(db, clock, person, ct);
        var first = today.AddDays(1 - MyDayQueries.HistoryDays);
        var wanted = new Dictionary<(int Metric, DateOnly Date), (decimal Quantity, string Path)>();
        foreach (var (value, i) in (request.Days ?? []).Select((v, i) => (v, i)))
        {
            var path = $"days[{i}].";
            var metric = Metric(directory, value.Metric, path + "metric");
            var date = value.Date ?? throw new DomainRuleException("The day is missing.", path + "date");
            if (date < first || date > today)
            {
                throw new DomainRuleException(
                    $"Only the last {MyDayQueries.HistoryDays} days ({first:yyyy-MM-dd} to {today:yyyy-MM-dd}) can be corrected here; use an import or the API for {date:yyyy-MM-dd}.",
                    path + "date");
            }
            var quantity = value.Quantity ?? throw new DomainRuleException("Enter a number, 0 or more.", path + "quantity");
            if (quantity is < 0 or > MaxQuantity)
            {
                throw new DomainRuleException($"Enter a number from 0 to {Numbers.Format(MaxQuantity, 0)}.", path + "quantity");
            }
            wanted[(metric, date)] = (quantity, path + "quantity");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Every read and change below names the organisation explicitly, so SQLite seeks the primary
        // key or the log's (OrganizationId, PersonId, Date) index (docs/decisions/0010).
        var organization = db.RequireOrganization();
        var stored = (await db.ActivityDays.AsNoTracking().Where(d => d.OrganizationId == organization && d.PersonId == person && d.Date >= first && d.Date <= today)
            .Select(d => new { d.MetricId, d.Date, d.Quantity }).ToListAsync(ct)).ToDictionary(d => (d.MetricId, d.Date), d => d.Quantity);
        var changed = wanted.Where(w => w.Value.Quantity != stored.GetValueOrDefault(w.Key)).ToList();
        if (changed.Count > 0)
        {
            var prefix = QuickLogEntries.PersonPrefix(person);
            var web = (await db.Activities.AsNoTracking()
                    .Where(a => a.OrganizationId == organization && a.PersonId == person && a.Date >= first && a.Date <= today && a.ExternalId!.StartsWith(prefix))
                    .Select(a => new { a.Id, a.MetricId, a.Date, a.Quantity }).ToListAsync(ct))
                .ToLookup(a => (a.MetricId, a.Date));
            var replacements = new List<NewActivity>();
            foreach (var (key, (quantity, path)) in changed)
            {
                var fromWeb = web[key].Sum(a => a.Quantity);
                var others = stored.GetValueOrDefault(key) - fromWeb;
                if (quantity < others)
                {
                    throw new DomainRuleException(
                        $"{Numbers.Format(others, 2)} of {directory.MetricNameOf(key.Metric)} on {key.Date:yyyy-MM-dd} came from an import or the API; the day's total cannot be less. Correct it at its source.",
                        path);
                }
                await RemoveAsync(person, key.Metric, key.Date, [.. web[key].Select(a => a.Id)], fromWeb, ct);
                if (quantity > others)
                {
                    replacements.Add(new NewActivity(person, key.Metric, key.Date, quantity - others, WebId(person, key.Metric, key.Date), null));
                }
            }
            await using var writer = await ActivityWriter.BeginAsync(db, ct);
            foreach (var row in replacements)
            {
                await writer.AddAsync(row, ct);
            }
            await writer.CommitAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return await queries.GetAsync(directory.HandleOf(person), actor, ct);
    }

    /// <summary>Deletes log rows of one person x metric x day and takes them out of the day and month aggregates.</summary>
    private async Task RemoveAsync(int person, int metric, DateOnly date, IReadOnlyList<long> ids, decimal quantity, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var count = ids.Count;
        var month = new DateOnly(date.Year, date.Month, 1);
        var organization = db.RequireOrganization();
        await db.Activities.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
        await db.ActivityDays.Where(d => d.OrganizationId == organization && d.PersonId == person && d.MetricId == metric && d.Date == date)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Quantity, d => d.Quantity - quantity).SetProperty(d => d.Entries, d => d.Entries - count), ct);
        await db.ActivityDays.Where(d => d.OrganizationId == organization && d.PersonId == person && d.MetricId == metric && d.Date == date && d.Entries <= 0).ExecuteDeleteAsync(ct);
        await db.ActivityMonths.Where(m => m.OrganizationId == organization && m.PersonId == person && m.MetricId == metric && m.Month == month)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Quantity, m => m.Quantity - quantity).SetProperty(m => m.Entries, m => m.Entries - count), ct);
        await db.ActivityMonths.Where(m => m.OrganizationId == organization && m.PersonId == person && m.MetricId == metric && m.Month == month && m.Entries <= 0).ExecuteDeleteAsync(ct);
    }

    private static int Metric(ActivityDirectory directory, string? name, string field) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new DomainRuleException("Choose a metric.", field)
            : directory.FindMetric(name) ?? throw new DomainRuleException($"There is no metric '{name.Trim()}' in this organisation.", field);

    private static string WebId(int person, int metric, DateOnly date) => QuickLogEntries.DayId(person, metric, date);
}
