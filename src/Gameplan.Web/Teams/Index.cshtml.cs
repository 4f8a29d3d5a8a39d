using Gameplan.Core.Funnels;
using Gameplan.Core.Teams;
using Gameplan.Domain.Access;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Teams;

/// <summary>The organisation's teams, with their parent team and member count, and a link to the funnel of each team the person may set.</summary>
public sealed class TeamListModel(TeamQueries teams, CurrentUser me) : GameplanPageModel
{
    private Actor? _actor;

    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    /// <summary>True when the signed-in person may set team <paramref name="teamId"/>'s funnel (its managers, executives, admins).</summary>
    public bool MaySetFunnel(int teamId) => _actor is { } actor && FunnelCommands.MaySetTeam(actor, teamId);

    /// <summary>True when the person may set some team's funnel: the column shows only then.</summary>
    public bool SetsAnyFunnel => Teams.Any(team => MaySetFunnel(team.Id));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Teams = await teams.ListAsync(ct);
        _actor = await me.ActorAsync(ct);
    }
}
