using Gameplan.Core;
using Gameplan.Core.Teams;
using Gameplan.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Teams;

/// <summary>Renames, re-parents or deletes a team.</summary>
public sealed class EditTeamModel(TeamCommands commands, TeamQueries teams) : TeamFormModel(teams)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public override string Title => "Edit team";

    public override int? Self => Id;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadTeamsAsync(ct);
        var team = Teams.FirstOrDefault(t => t.Id == Id) ?? throw new NotFoundException($"Team {Id}");
        Input = new TeamRequest { Name = team.Name, Parent = team.Parent };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, Input, ct);
                return SavedAt("/teams", $"team-{Id}", "Team saved.");
            },
            () => LoadTeamsAsync(ct));

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, ct);
            return Deleted("/teams", "Team deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/teams/{Id}/edit", rule);
        }
    }
}
