using Gameplan.Core;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Strategies;

/// <summary>Changes or deletes a strategy.</summary>
public sealed class EditStrategyModel(StrategyCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : StrategyFormModel(plans, people, me)
{
    [BindProperty(SupportsGet = true)]
    public int StrategyId { get; set; }

    public override string Title => "Edit strategy";

    public StrategyDetails Strategy => Plan.Strategies.FirstOrDefault(s => s.Id == StrategyId) ?? throw new NotFoundException($"Strategy {StrategyId}");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var saved = Saved();
        Input = saved with { Goals = [] };
        Goals = [.. saved.Goals];
        Remember(saved, Strategy.ETag);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, StrategyId, ToRequest(), await ActorAsync(ct), IfMatch, ct);
                return SavedAt($"/plans/{Id}", $"strategy-{StrategyId}", "Strategy saved.");
            },
            () => LoadAsync(ct));

    protected override void OnStaleSave() => ShowConflict(Saved(), ToRequest(), Strategy.ETag);

    /// <summary>The strategy as it is saved, as the form's request.</summary>
    private StrategyRequest Saved() => new() { Key = Strategy.Key, Statement = Strategy.Statement, Dri = Strategy.Dri, Goals = Strategy.Goals };

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, StrategyId, ct);
            return Deleted($"/plans/{Id}#strategies", "Strategy deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{Id}#strategies", rule);
        }
    }
}
