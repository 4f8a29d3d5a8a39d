using Gameplan.Core.Teams;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Teams;

/// <summary>The organisation's teams, with their parent team and member count.</summary>
public sealed class TeamListModel(TeamQueries teams) : GameplanPageModel
{
    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Teams = await teams.ListAsync(ct);
}
