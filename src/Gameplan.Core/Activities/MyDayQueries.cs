using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// "My day": today's targets of one person with their pace (the Domain pace engine over the day and
/// month aggregates, never the raw log), and the day totals of the last <see cref="HistoryDays"/> days.
/// </summary>
public sealed class MyDayQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>How many days, today included, the page shows and lets people correct.</summary>
    public const int HistoryDays = 14;

    /// <param name="person">A handle, e-mail or name; null or blank means the caller.</param>
    /// <exception cref="NotFoundException">No such person in the organisation.</exception>
    /// <exception cref="AccessDeniedException">The caller may not log for that person (docs/access.md).</exception>
    public async Task<MyDayDetails> GetAsync(string? person, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        var personId = Resolve(directory, person, actor);
        var today = await Today(db, clock, personId, ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Handle, p.Name, p.TeamId, p.IsActive }).ToListAsync(ct);
        var me = people.Where(p => p.Id == personId).Select(p => new MyDayPerson(p.Id, p.Handle, p.Name)).Single();
        var mayLogFor = people.Where(p => p.Id == personId || p.IsActive && ActivityAccess.MayLogFor(actor, p.Id, p.TeamId))
            .Select(p => new MyDayPerson(p.Id, p.Handle, p.Name)).ToList();

        var days = Enumerable.Range(0, HistoryDays).Select(i => today.AddDays(i + 1 - HistoryDays)).ToList();
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name, m.Unit }).ToListAsync(ct);
        var daily = metrics.Count == 0 ? [] : await activities.DailyAsync(new ActivitySelection([personId], [.. metrics.Select(m => m.Id)]), days[0], today, ct);
        var loggedToday = daily.Where(d => d.Date == today).ToDictionary(d => directory.MetricNameOf(d.MetricId) ?? "", d => d.Quantity, StringComparer.OrdinalIgnoreCase);

        var (lines, unacknowledged) = await MyDayTargets.ForAsync(db, plans, activities, me, directory, today, loggedToday, ct);

        // The targets' metrics first, in their order, then every other metric with activity in the window.
        var shown = lines.Select(t => t.Metric)
            .Concat(metrics.Where(m => daily.Any(d => d.MetricId == m.Id && d.Quantity != 0)).Select(m => m.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var history = shown.Select(name =>
        {
            var metric = metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            var totals = days.Select(day => daily.Where(d => d.MetricId == metric?.Id && d.Date == day).Sum(d => d.Quantity)).ToList();
            return new MyDayHistory(metric?.Name ?? name, metric?.Unit, totals);
        }).ToList();

        // "Log another activity" offers the person's own metrics: those of the commitments they carry, and what they logged lately.
        var own = lines.Select(t => t.Metric).Concat(unacknowledged.Select(c => c.Metric)).Concat(history.Select(h => h.Metric))
            .Select(name => metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Name)
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var newest = await QuickLogEntries.NewestAsync(db, personId, today, ct);
        var undo = newest is { Marker: { } marker } && QuickLogEntries.WhyNot(newest, actor, clock.GetUtcNow()) is null
            ? new MyDayUndo(newest.Id, directory.MetricNameOf(newest.MetricId) ?? "", newest.Quantity, marker.At)
            : null;
        return new MyDayDetails(me, today, lines, days, history, [.. metrics.Select(m => m.Name)], mayLogFor, unacknowledged, own, undo);
    }

    /// <summary>Today where the person whose day it is works (their time zone, else the organisation's).</summary>
    internal static Task<DateOnly> Today(GameplanDbContext db, TimeProvider clock, int personId, CancellationToken ct) =>
        new OrganizationClock(db, clock).ForPersonAsync(personId, ct);

    /// <summary>The person a My day request is about, checked against what the caller may log.</summary>
    internal static int Resolve(ActivityDirectory directory, string? person, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(person))
        {
            return actor.PersonId ?? throw new Domain.DomainRuleException("Your account is not linked to a person, so it has no day to log; choose a person.", "person");
        }
        var id = directory.FindPerson(person, out _) ?? throw new NotFoundException($"Person '{person.Trim()}'");
        return ActivityAccess.MayLogFor(actor, id, directory.TeamOf(id))
            ? id
            : throw new AccessDeniedException($"You may not log activities for '{directory.HandleOf(id)}'.");
    }
}
