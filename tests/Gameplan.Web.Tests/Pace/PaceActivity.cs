using System.Globalization;
using Gameplan.Core.Activities;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Pace;

/// <summary>Logs activity for the demo organisation straight through the activity writer, as an import would.</summary>
internal static class PaceActivity
{
    /// <summary>The first day of the demo plan's tactic t1 (prospecting minutes for lena, mateo and nia).</summary>
    public static DateOnly ProspectingStart(DemoPlan demo) =>
        DateOnly.Parse(demo.Details.GetProperty("strategies").EnumerateArray().SelectMany(s => s.GetProperty("tactics").EnumerateArray())
            .Single(t => t.Text("key") == "t1").Text("start"), CultureInfo.InvariantCulture);

    /// <summary>Logs <paramref name="quantity"/> of <paramref name="metric"/> by <paramref name="handle"/> on each working day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task LogWorkingDaysAsync(GameplanWebFactory factory, string handle, string metric, DateOnly from, DateOnly to, decimal quantity)
    {
        await using var db = factory.OpenDatabase();
        var person = await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();
        var metricId = await db.Metrics.Where(m => m.Name == metric).Select(m => m.Id).SingleAsync();
        await using var writer = await ActivityWriter.BeginAsync(db, default);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                await writer.AddAsync(new NewActivity(person, metricId, day, quantity, $"pace-test-{handle}-{metric}-{day:yyyyMMdd}", null), default);
            }
        }
        await writer.CommitAsync(default);
    }
}
