using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;

namespace Gameplan.Core.Activities;

/// <summary>
/// The API's read of activity: handles and metric names in, daily sums (from <see cref="ActivityQueries"/>)
/// out, limited to the people the caller may read.
/// </summary>
public sealed class ActivityDaysQueries(GameplanDbContext db, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>Longest range one read returns, in days.</summary>
    public const int MaxDays = 366;

    public async Task<ActivityDaysDetails> ListDaysAsync(ActivityDaysQuery query, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var to = PlanCalendar.Check(query.To, "to") ?? await new OrganizationClock(db, clock).ForPersonAsync(actor.PersonId, ct);
        var from = PlanCalendar.Check(query.From, "from") ?? to.AddDays(-27);
        if (to < from)
        {
            throw new DomainRuleException($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).", "to");
        }
        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainRuleException($"Ask for at most {MaxDays} days at a time.", "from");
        }
        var directory = await ActivityDirectory.LoadAsync(db, ct);
        List<int> people;
        if (string.IsNullOrWhiteSpace(query.Person))
        {
            people = directory.PersonIds.Where(id => ActivityAccess.MayRead(actor, id, directory.TeamOf(id))).ToList();
        }
        else
        {
            var person = directory.FindPerson(query.Person, out var problem) ?? throw new DomainRuleException(problem!, "person");
            people = ActivityAccess.MayRead(actor, person, directory.TeamOf(person))
                ? [person]
                : throw new AccessDeniedException($"You may not read the activities of '{directory.HandleOf(person)}'.");
        }
        List<int>? metrics = null;
        if (!string.IsNullOrWhiteSpace(query.Metric))
        {
            metrics = [directory.FindMetric(query.Metric) ?? throw new DomainRuleException($"There is no metric '{query.Metric.Trim()}' in this organisation.", "metric")];
        }
        var days = people.Count == 0 ? [] : await activities.DailyAsync(new ActivitySelection(people, metrics), from, to, ct);
        return new ActivityDaysDetails(from, to, days
            .Select(d => new ActivityDayLine(d.Date, directory.HandleOf(d.PersonId) ?? "", directory.MetricNameOf(d.MetricId) ?? "", d.Quantity, d.Entries))
            .OrderBy(d => d.Date).ThenBy(d => d.Person, StringComparer.Ordinal).ThenBy(d => d.Metric, StringComparer.Ordinal)
            .ToList());
    }
}
