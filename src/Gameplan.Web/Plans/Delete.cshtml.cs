using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Asks before deleting a plan, saying what goes with it.</summary>
public sealed class DeletePlanModel(PlanQueries plans, PlanCommands commands) : GameplanPageModel
{
    public PlanDetails Plan { get; private set; } = null!;

    public int Tactics => Plan.AllTactics().Count();

    public async Task OnGetAsync(int id, CancellationToken ct) => Plan = await plans.GetAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(id, ct);
            return Done("/plans", "Plan deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{id}", rule);
        }
    }
}
