using Gameplan.Core;
using Gameplan.Core.Homes;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Pace;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Home;

/// <summary>
/// The manager's home: who on the team is on or off pace and why, the plans that wait on them, and this
/// week's reviews; <c>?team=ID</c> picks another team the reader leads (admins and executives: any team).
/// </summary>
public sealed class TeamHomeModel(TeamHomeQueries homes, CurrentUser me) : GameplanPageModel
{
    public TeamHome Home { get; private set; } = null!;

    /// <summary>Whether the reader leads the team shown (a manager's own), rather than looking at someone else's.</summary>
    public bool Leads { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? team, CancellationToken ct)
    {
        try
        {
            var actor = await me.ActorAsync(ct);
            Home = await homes.GetAsync(actor, team, ct);
            Leads = Home.Team is { } shown && actor.ManagedTeams.Contains(shown.Id);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>"Off track", "At risk", "On pace" or "Nothing due".</summary>
    public static string Status(PaceStatus? status) => status switch
    {
        null => "Nothing due",
        PaceStatus.OnTrack => "On pace",
        _ => PaceDisplay.Status(status.Value),
    };

    public static string StatusClass(PaceStatus? status) => status is { } s ? PaceDisplay.StatusClass(s) : "pace-not-started";

    public static string Whose(TeamHomePlan plan) => plan.Scope switch
    {
        PlanScope.Team => $"Team plan{(plan.Owner is { } owner ? $", owned by {owner}" : "")}",
        _ => plan.Owner is { } person ? $"{person}'s plan" : "A personal plan",
    };

    /// <summary>Where the plan stands and who must act: "Submitted for your approval", "Returned to draft", "Draft".</summary>
    public static string Waiting(TeamHomePlan plan) => plan.Status switch
    {
        PlanStatus.InReview when plan.MayApprove => "Submitted for your approval",
        PlanStatus.InReview => "Submitted for approval",
        _ when plan.Returned => "Returned to draft",
        _ => "Draft",
    };

    /// <summary>The day of a submission (its UTC date: the lists show days, not times).</summary>
    public static string Since(DateTimeOffset? at) => at is { } when ? Display.Date(DateOnly.FromDateTime(when.UtcDateTime)) : "—";

    public static string Review(TeamHomeReview review) => review.Kind switch
    {
        ReviewKind.OneOnOne => $"One-on-one with {review.Person ?? "someone"}",
        _ => $"{Display.Label(review.Kind)} review",
    };
}
