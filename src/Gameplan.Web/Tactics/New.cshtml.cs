using Gameplan.Core;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Tactics;

/// <summary>Adds a tactic under a strategy; it starts today (within the plan's period) unless said otherwise.</summary>
public sealed class NewTacticModel(TacticCommands commands, PlanQueries plans, PeopleQueries people, OrganizationClock clock, CurrentUser me)
    : TacticFormModel(plans, people, me)
{
    [BindProperty(SupportsGet = true)]
    public int StrategyId { get; set; }

    public override string Title => "New tactic";

    public StrategyDetails Strategy => Plan.Strategies.FirstOrDefault(s => s.Id == StrategyId) ?? throw new NotFoundException($"Strategy {StrategyId}");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var today = await clock.TodayAsync(ct);
        var start = today < Plan.Period.Start ? Plan.Period.Start : today > Plan.Period.End ? Plan.Period.End : today;
        Input = new TacticRequest { Start = start, StrategyId = Strategy.Id };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"tactic-{(await commands.CreateAsync(Id, StrategyId, ToRequest(), await ActorAsync(ct), ct)).Id}", "Tactic added."),
            () => LoadAsync(ct));
}
