using System.Globalization;
using System.Text;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Writes the generic activity CSV (<c>date,person,metric,quantity,external_id</c>): every rep logs
/// every metric on every working day, rows in date order as a CRM's daily export appends them.
/// Deterministic: the same scale always gives the same bytes, so runs compare.
/// </summary>
public static class ActivityCsvGenerator
{
    public const int WorkingDays = 250;

    /// <summary>Metric names and the largest daily quantity each draws from (units: count, minutes).</summary>
    public static readonly (string Name, string Unit, int Max)[] Metrics =
        [("calls", "count", 30), ("emails", "count", 40), ("meetings", "count", 4), ("demos", "count", 2), ("prospecting_minutes", "minutes", 90)];

    /// <summary>The first 250 weekdays of 2026 (no holidays): 2026-01-01 to 2026-12-16.</summary>
    public static IReadOnlyList<DateOnly> Days { get; } = WorkingDaysFrom(new DateOnly(2026, 1, 1)).Take(WorkingDays).ToList();

    public static string Handle(int rep) => string.Create(CultureInfo.InvariantCulture, $"rep{rep:00000}");

    /// <summary>1..max, spread evenly by a 32-bit mix of (rep, day, metric); never zero so every row counts.</summary>
    public static int Quantity(int rep, int day, int metric)
    {
        var h = (uint)(rep * 73_856_093 ^ day * 19_349_663 ^ metric * 83_492_791);
        h ^= h >> 16;
        h *= 0x7feb352d;
        h ^= h >> 15;
        return (int)(h % (uint)Metrics[metric].Max) + 1;
    }

    /// <summary>Writes the file and returns its size in bytes.</summary>
    public static long Write(string path, int reps)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var dates = Days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",").ToArray();
        var handles = Enumerable.Range(0, reps).Select(r => Handle(r) + ",").ToArray();
        var metrics = Metrics.Select(m => m.Name + ",").ToArray();
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("date,person,metric,quantity,external_id\n");
            Span<char> number = stackalloc char[16];
            long row = 0;
            for (var day = 0; day < WorkingDays; day++)
            {
                for (var rep = 0; rep < reps; rep++)
                {
                    for (var metric = 0; metric < metrics.Length; metric++, row++)
                    {
                        writer.Write(dates[day]);
                        writer.Write(handles[rep]);
                        writer.Write(metrics[metric]);
                        Quantity(rep, day, metric).TryFormat(number, out var n, default, CultureInfo.InvariantCulture);
                        writer.Write(number[..n]);
                        // External ids as a CRM gives them: unique, increasing with the row.
                        writer.Write(",a");
                        row.TryFormat(number, out n, default, CultureInfo.InvariantCulture);
                        writer.Write(number[..n]);
                        writer.Write('\n');
                    }
                }
            }
        }
        return new FileInfo(path).Length;
    }

    private static IEnumerable<DateOnly> WorkingDaysFrom(DateOnly day)
    {
        for (; ; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return day;
            }
        }
    }
}
