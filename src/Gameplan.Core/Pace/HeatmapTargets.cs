using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>
/// What a schedule asks on each day of a heatmap's window and over the whole window, worked out
/// once per schedule: every assignee of a commitment shares its schedule, so a 50-person team's
/// heatmap asks the same questions 50 times.
/// </summary>
internal sealed class HeatmapTargets(IReadOnlyList<DateOnly> window, DateOnly today)
{
    private readonly Dictionary<TargetSchedule, (decimal[] Days, decimal Window)> _known = [];

    /// <summary>The target of the window's <paramref name="index"/>-th day alone.</summary>
    public decimal OnDay(TargetSchedule schedule, int index) => Of(schedule).Days[index];

    /// <summary>The target from the window's first day through today.</summary>
    public decimal OverWindow(TargetSchedule schedule) => Of(schedule).Window;

    private (decimal[] Days, decimal Window) Of(TargetSchedule schedule)
    {
        if (!_known.TryGetValue(schedule, out var targets))
        {
            var days = new decimal[window.Count];
            for (var i = 0; i < days.Length; i++)
            {
                days[i] = schedule.TargetThrough(window[i]) - schedule.TargetThrough(window[i].AddDays(-1));
            }
            _known[schedule] = targets = (days, schedule.TargetThrough(today) - schedule.TargetThrough(window[0].AddDays(-1)));
        }
        return targets;
    }
}
