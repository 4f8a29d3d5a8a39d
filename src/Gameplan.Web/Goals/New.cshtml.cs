using Gameplan.Core.Alignment;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Goals;

/// <summary>Adds a goal; it is due at the end of the plan's period unless said otherwise.</summary>
public sealed class NewGoalModel(GoalCommands commands, PlanQueries plans, PeopleQueries people, AlignmentQueries alignment, CurrentUser me)
    : GoalFormModel(plans, people, alignment, me)
{
    public override string Title => "New goal";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new GoalRequest { Direction = GoalDirection.Increase, Due = Plan.Period.End, Weight = 1, Unit = "count" };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"goal-{(await commands.CreateAsync(Id, Input, await ActorAsync(ct), ct)).Id}", "Goal added."),
            () => LoadAsync(ct));
}
