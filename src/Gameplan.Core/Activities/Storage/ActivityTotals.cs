using System.Runtime.InteropServices;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// Sums of stored rows per person x metric x day and x month, kept in memory between two writes of
/// the aggregates, so that each aggregate row is upserted once per batch however many log rows it
/// sums. Days are <see cref="DateOnly.DayNumber"/>s; a month is the day number of its first day.
/// </summary>
internal sealed class ActivityTotals
{
    private readonly Dictionary<Key, Total> _days = [];
    private readonly Dictionary<Key, Total> _months = [];
    private int _lastDay = -1;
    private int _lastMonth;

    /// <summary>Rows added since the last <see cref="Clear"/>.</summary>
    public int Rows { get; private set; }

    public void Add(int person, int metric, int day, double quantity)
    {
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, new Key(person, metric, day), out _);
        total = new Total(total.Quantity + quantity, total.Entries + 1);
        AddToMonth(person, metric, day, quantity);
    }

    /// <summary>Adds a row to its month only, for a write whose day totals the database sums itself.</summary>
    public void AddToMonth(int person, int metric, int day, double quantity)
    {
        ref var month = ref CollectionsMarshal.GetValueRefOrAddDefault(_months, new Key(person, metric, MonthOf(day)), out _);
        month = new Total(month.Quantity + quantity, month.Entries + 1);
        Rows++;
    }

    /// <summary>The day totals in key order (neighbouring keys share a page of the aggregate's b-tree).</summary>
    public Entry[] Days() => Sorted(_days);

    public Entry[] Months() => Sorted(_months);

    public void Clear()
    {
        _days.Clear();
        _months.Clear();
        Rows = 0;
    }

    private static Entry[] Sorted(Dictionary<Key, Total> totals)
    {
        var entries = new Entry[totals.Count];
        var i = 0;
        foreach (var (key, total) in totals)
        {
            entries[i++] = new Entry(key, total);
        }
        Array.Sort(entries, static (a, b) => a.Key.CompareTo(b.Key));
        return entries;
    }

    // Rows come mostly in date order: remember the last day's month instead of computing it again.
    private int MonthOf(int day)
    {
        if (day != _lastDay)
        {
            var date = DateOnly.FromDayNumber(day);
            _lastMonth = day - date.Day + 1;
            _lastDay = day;
        }
        return _lastMonth;
    }

    internal readonly record struct Key(int Person, int Metric, int Day) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var byPerson = Person.CompareTo(other.Person);
            if (byPerson != 0)
            {
                return byPerson;
            }
            var byMetric = Metric.CompareTo(other.Metric);
            return byMetric != 0 ? byMetric : Day.CompareTo(other.Day);
        }
    }

    internal readonly record struct Total(double Quantity, int Entries);

    internal readonly record struct Entry(Key Key, Total Total);
}
