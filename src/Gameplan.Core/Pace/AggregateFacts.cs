using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Pace;

/// <summary>
/// Answers the pace engine's questions (<see cref="ActivityFacts"/>: totals over date ranges, last
/// days with activity) from the activity aggregates in a handful of queries. The pure computation
/// runs once against a recorder that notes every question and answers nothing; the questions are
/// read in batches (one <see cref="ActivityQueries.TotalsAsync"/> per distinct date range, one
/// <see cref="ActivityQueries.LastDaysAsync"/> per distinct day); then the computation runs again on
/// the answers. The pace engine asks the same questions whatever the answers (the last-day question
/// is answered directly, never by a search over totals), so the second run asks nothing new.
/// The aggregates keep no tactic: what a person logged under a metric counts towards every tactic
/// that commits them to it, as untagged rows of a plan file's activity log do.
/// </summary>
internal sealed class AggregateFacts
{
    /// <summary>Most people a read lists one by one (see <see cref="Selection"/>).</summary>
    private const int MaxListedPeople = 1_000;

    private readonly Dictionary<(string Person, string Metric, DateOnly From, DateOnly To), decimal> _totals = [];
    private readonly Dictionary<(string Person, string Metric, DateOnly OnOrBefore), DateOnly?> _lastDays = [];

    /// <summary>Runs <paramref name="compute"/> on the activity log of the organisation in scope, read from its aggregates.</summary>
    public static async Task<T> ComputeAsync<T>(GameplanDbContext db, ActivityQueries activities, Func<ActivityFacts, T> compute, CancellationToken ct)
    {
        var facts = new AggregateFacts();
        compute(ActivityFacts.FromTotals(facts.Record, facts.RecordLastDay));
        await facts.ReadAsync(db, activities, ct);
        return compute(ActivityFacts.FromTotals(facts.Total, facts.LastDay));
    }

    private decimal Record(string person, string metric, DateOnly from, DateOnly to, string? tacticId)
    {
        _totals[(ActivityIds.Key(person), ActivityIds.Key(metric), from, to)] = 0m;
        return 0m;
    }

    private DateOnly? RecordLastDay(string person, string metric, DateOnly onOrBefore, string? tacticId)
    {
        _lastDays[(ActivityIds.Key(person), ActivityIds.Key(metric), onOrBefore)] = null;
        return null;
    }

    private decimal Total(string person, string metric, DateOnly from, DateOnly to, string? tacticId) =>
        _totals.TryGetValue((ActivityIds.Key(person), ActivityIds.Key(metric), from, to), out var total)
            ? total
            : throw new InvalidOperationException($"The total of {metric} by {person} from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} was not read beforehand.");

    private DateOnly? LastDay(string person, string metric, DateOnly onOrBefore, string? tacticId) =>
        _lastDays.TryGetValue((ActivityIds.Key(person), ActivityIds.Key(metric), onOrBefore), out var day)
            ? day
            : throw new InvalidOperationException($"The last day of {metric} by {person} up to {onOrBefore:yyyy-MM-dd} was not read beforehand.");

    private async Task ReadAsync(GameplanDbContext db, ActivityQueries activities, CancellationToken ct)
    {
        if (_totals.Count == 0 && _lastDays.Count == 0)
        {
            return;
        }
        var ids = await ActivityIds.LoadAsync(db, _totals.Keys.Select(k => k.Person).Concat(_lastDays.Keys.Select(k => k.Person)), ct);
        foreach (var range in _totals.Keys.GroupBy(k => (k.From, k.To)).ToList())
        {
            var wanted = Known(range.Select(k => (k.Person, k.Metric)), ids);
            if (wanted.Count == 0)
            {
                continue;
            }
            var totals = (await activities.TotalsAsync(Selection(wanted), range.Key.From, range.Key.To, ct))
                .ToDictionary(t => (t.PersonId, t.MetricId), t => t.Quantity);
            foreach (var key in range)
            {
                if (ids.Person(key.Person) is { } person && ids.Metric(key.Metric) is { } metric)
                {
                    _totals[key] = totals.GetValueOrDefault((person, metric));
                }
            }
        }
        foreach (var day in _lastDays.Keys.GroupBy(k => k.OnOrBefore).ToList())
        {
            var wanted = Known(day.Select(k => (k.Person, k.Metric)), ids);
            if (wanted.Count == 0)
            {
                continue;
            }
            var last = (await activities.LastDaysAsync(Selection(wanted), day.Key, ct)).ToDictionary(l => (l.PersonId, l.MetricId), l => l.Date);
            foreach (var key in day)
            {
                if (ids.Person(key.Person) is { } person && ids.Metric(key.Metric) is { } metric && last.TryGetValue((person, metric), out var date))
                {
                    _lastDays[key] = date;
                }
            }
        }
    }

    /// <summary>The person x metric pairs the organisation knows (an unknown one has logged nothing).</summary>
    private static List<(int Person, int Metric)> Known(IEnumerable<(string Person, string Metric)> pairs, ActivityIds ids) =>
        [.. pairs.Select(p => (Person: ids.Person(p.Person), Metric: ids.Metric(p.Metric)))
            .Where(p => p.Person is not null && p.Metric is not null).Select(p => (p.Person!.Value, p.Metric!.Value)).Distinct()];

    /// <summary>
    /// The people and metrics of the pairs. Past <see cref="MaxListedPeople"/> people the read names
    /// everyone by subquery instead of one SQL parameter per person (SQLite allows 32,766 parameters
    /// a statement, PostgreSQL 65,535); the extra pairs it returns are never asked for.
    /// </summary>
    private static ActivitySelection Selection(List<(int Person, int Metric)> pairs)
    {
        var people = pairs.Select(p => p.Person).Distinct().ToList();
        return new(people.Count > MaxListedPeople ? null : people, [.. pairs.Select(p => p.Metric).Distinct()]);
    }
}
