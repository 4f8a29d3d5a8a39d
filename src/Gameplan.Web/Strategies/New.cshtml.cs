using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Strategies;

/// <summary>Adds a strategy to a plan.</summary>
public sealed class NewStrategyModel(StrategyCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : StrategyFormModel(plans, people, me)
{
    public override string Title => "New strategy";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"strategy-{(await commands.CreateAsync(Id, ToRequest(), await ActorAsync(ct), ct)).Id}", "Strategy added."),
            () => LoadAsync(ct));
}
