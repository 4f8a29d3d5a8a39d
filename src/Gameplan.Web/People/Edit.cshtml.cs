using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.People;

/// <summary>Changes, deactivates or deletes a person.</summary>
public sealed class EditPersonModel(PeopleQueries people, PeopleCommands commands, TeamQueries teams) : PersonFormModel(teams)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public override string Title => "Edit person";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var person = await people.GetAsync(Id, ct);
        Input = new PersonRequest
        {
            Handle = person.Handle,
            Name = person.Name,
            Role = person.Role,
            Team = person.Team,
            CapacityHoursPerWeek = person.CapacityHoursPerWeek,
            Active = person.Active,
        };
        await LoadTeamsAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, Input, ct);
                return SavedAt("/people", $"person-{Id}", "Person saved.");
            },
            () => LoadTeamsAsync(ct));

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, ct);
            return Deleted("/people", "Person deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/people/{Id}/edit", rule);
        }
    }
}
