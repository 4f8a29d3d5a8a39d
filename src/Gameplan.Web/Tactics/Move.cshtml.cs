using Gameplan.Core;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Tactics;

/// <summary>Places a tactic under a strategy (the plan page's move form for tactics tied to no strategy).</summary>
public sealed class MoveTacticModel(TacticCommands commands, CurrentUser me) : GameplanPageModel
{
    public IActionResult OnGet(int id) => Redirect($"/plans/{id}#unplaced");

    public async Task<IActionResult> OnPostAsync(int id, int tacticId, int strategyId, CancellationToken ct)
    {
        try
        {
            await commands.MoveAsync(id, tacticId, strategyId, await me.ActorAsync(ct), ct);
            return SavedAt($"/plans/{id}", $"tactic-{tacticId}", "Tactic moved.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{id}#unplaced", rule.Message);
        }
        catch (AccessDeniedException denied)
        {
            return Refused($"/plans/{id}#unplaced", denied.Message);
        }
    }
}
