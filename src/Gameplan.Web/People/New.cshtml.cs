using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.People;

/// <summary>Adds a person; a full-time rep unless said otherwise.</summary>
public sealed class NewPersonModel(PeopleCommands commands, TeamQueries teams) : PersonFormModel(teams)
{
    public override string Title => "New person";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new PersonRequest { CapacityHoursPerWeek = 40 };
        await LoadTeamsAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt("/people", $"person-{(await commands.CreateAsync(Input, ct)).Id}", "Person added."),
            () => LoadTeamsAsync(ct));
}
