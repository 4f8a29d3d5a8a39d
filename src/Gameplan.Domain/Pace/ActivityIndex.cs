using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Pace;

/// <summary>
/// In-memory logged entries indexed for <see cref="ActivityTotal"/>: per person x metric x tactic
/// (no tactic is its own group), the days in order with running sums.
/// </summary>
internal sealed class ActivityIndex
{
    private const string NoTactic = "";

    private readonly Dictionary<(string Person, string Metric), Dictionary<string, DaySeries>> _series = [];

    public ActivityIndex(IEnumerable<ActivityFact> entries)
    {
        var groups = entries.GroupBy(entry => (Person: Key(entry.Person), Metric: Key(entry.Metric), Tactic: Key(entry.TacticId)));
        foreach (var group in groups)
        {
            var key = (group.Key.Person, group.Key.Metric);
            if (!_series.TryGetValue(key, out var byTactic))
            {
                _series[key] = byTactic = new Dictionary<string, DaySeries>(StringComparer.Ordinal);
            }
            byTactic[group.Key.Tactic] = new DaySeries(group);
        }
    }

    public decimal Total(string person, string metric, DateOnly from, DateOnly to, string? tacticId) =>
        Series(person, metric, tacticId).Sum(series => series.Total(from, to));

    public DateOnly? LastDay(string person, string metric, DateOnly onOrBefore, string? tacticId) =>
        Series(person, metric, tacticId).Select(series => series.LastDay(onOrBefore)).Max();

    /// <summary>The groups that count towards <paramref name="tacticId"/>: its own and the untagged; all of them for null.</summary>
    private IEnumerable<DaySeries> Series(string person, string metric, string? tacticId)
    {
        if (!_series.TryGetValue((Key(person), Key(metric)), out var byTactic))
        {
            return [];
        }
        if (tacticId is null)
        {
            return byTactic.Values;
        }
        return new[] { NoTactic, Key(tacticId) }.Distinct().Select(byTactic.GetValueOrDefault).OfType<DaySeries>();
    }

    private static string Key(string? text) => text?.Trim().ToLowerInvariant() ?? NoTactic;

    /// <summary>One group's days, ascending and distinct, with the running total before each.</summary>
    private sealed class DaySeries
    {
        private readonly DateOnly[] _days;
        private readonly decimal[] _quantities;

        /// <summary><c>_before[i]</c> is the sum of the quantities of the days before <c>_days[i]</c>; one longer than the days.</summary>
        private readonly decimal[] _before;

        public DaySeries(IEnumerable<ActivityFact> entries)
        {
            var days = entries.GroupBy(entry => entry.Date).OrderBy(day => day.Key).ToList();
            _days = [.. days.Select(day => day.Key)];
            _quantities = [.. days.Select(day => day.Sum(entry => entry.Quantity))];
            _before = new decimal[_days.Length + 1];
            for (var i = 0; i < _days.Length; i++)
            {
                _before[i + 1] = _before[i] + _quantities[i];
            }
        }

        public decimal Total(DateOnly from, DateOnly to) => to < from ? 0m : _before[After(to)] - _before[After(from.AddDays(-1))];

        public DateOnly? LastDay(DateOnly onOrBefore)
        {
            for (var i = After(onOrBefore) - 1; i >= 0; i--)
            {
                if (_quantities[i] > 0)
                {
                    return _days[i];
                }
            }
            return null;
        }

        /// <summary>How many days are on or before <paramref name="day"/>.</summary>
        private int After(DateOnly day)
        {
            var index = Array.BinarySearch(_days, day);
            return index >= 0 ? index + 1 : ~index;
        }
    }
}
