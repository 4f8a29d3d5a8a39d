using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Changes a plan's header: name, scope, period, owner, mission, background and answers.</summary>
public sealed class EditPlanModel(PlanQueries plans, PlanCommands commands, PeopleQueries people, TeamQueries teams)
    : PlanFormModel(people, teams)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public override string Title => "Edit plan";

    public override string CancelUrl => $"/plans/{Id}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var plan = await plans.GetAsync(Id, ct);
        Input = new PlanRequest
        {
            Name = plan.Name,
            Scope = plan.Scope,
            Team = plan.Team,
            Owner = plan.Owner,
            Period = plan.Period,
            Drafted = plan.Drafted,
            Mission = plan.Mission,
            Background = plan.Background,
            Customer = plan.Customer,
            DesiredResults = plan.DesiredResults,
        };
        await LoadChoicesAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, Input, ct);
                return Done($"/plans/{Id}", "Plan saved.");
            },
            () => LoadChoicesAsync(ct));
}
