using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Domain.People;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.People;

/// <summary>Adds a person; a full-time rep unless said otherwise (<c>?team=…&amp;role=manager</c> presets the form, as the setup's health links to it).</summary>
public sealed class NewPersonModel(PeopleCommands commands, TeamQueries teams) : PersonFormModel(teams)
{
    public override string Title => "New person";

    public async Task OnGetAsync(string? team, string? role, CancellationToken ct)
    {
        Input = new PersonRequest
        {
            CapacityHoursPerWeek = 40,
            Team = string.IsNullOrWhiteSpace(team) ? null : team,
            Role = Enum.TryParse<PersonRole>(role, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen : PersonRole.Rep,
        };
        await LoadTeamsAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt("/people", $"person-{(await commands.CreateAsync(Input, ct)).Id}", "Person added."),
            () => LoadTeamsAsync(ct));
}
