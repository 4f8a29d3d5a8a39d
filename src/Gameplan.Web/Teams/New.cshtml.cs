using Gameplan.Core.Teams;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Teams;

/// <summary>Adds a team.</summary>
public sealed class NewTeamModel(TeamCommands commands, TeamQueries teams) : TeamFormModel(teams)
{
    public override string Title => "New team";

    public Task OnGetAsync(CancellationToken ct) => LoadTeamsAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt("/teams", $"team-{(await commands.CreateAsync(Input, ct)).Id}", "Team added."),
            () => LoadTeamsAsync(ct));
}
