using Gameplan.Core.Cycles;
using Gameplan.Domain.Cycles;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Cycles;

/// <summary>One cycle's page: per team and person, who has a plan, where it stands, the days left, and the coverage.</summary>
public sealed class CycleBoardModel(CycleQueries cycles, CurrentUser me) : GameplanPageModel
{
    public CycleBoard Board { get; private set; } = null!;

    public async Task OnGetAsync(int id, DateOnly? today, CancellationToken ct) =>
        Board = await cycles.BoardAsync(id, await me.ActorAsync(ct), today, ct);

    public static string StatusText(CycleStatus status) => status switch
    {
        CycleStatus.None => "no plan",
        CycleStatus.Draft => "draft",
        CycleStatus.InReview => "in review",
        CycleStatus.Returned => "returned",
        _ => "approved",
    };

    /// <summary>"12 days left", "due today", "3 days late"; empty once approved.</summary>
    public static string DaysText(int? days) => days switch
    {
        null => "",
        0 => "due today",
        < 0 => $"{Display.Count(-days.Value, "day", "days")} late",
        _ => $"{Display.Count(days.Value, "day", "days")} left",
    };
}
