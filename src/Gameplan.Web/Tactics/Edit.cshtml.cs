using Gameplan.Core;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Tactics;

/// <summary>Changes, moves or deletes a tactic.</summary>
public sealed class EditTacticModel(TacticCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : TacticFormModel(plans, people, me)
{
    [BindProperty(SupportsGet = true)]
    public int TacticId { get; set; }

    public override string Title => "Edit tactic";

    public override bool Moves => true;

    public override bool Unplaced => Tactic.StrategyId is null;

    public TacticDetails Tactic =>
        Plan.AllTactics().FirstOrDefault(t => t.Id == TacticId) ?? throw new NotFoundException($"Tactic {TacticId}");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var saved = Saved();
        Input = saved with { Authors = [], Resources = null };
        Authors = [.. saved.Authors];
        ShowResources(saved.Resources);
        Remember(saved, Tactic.ETag);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, TacticId, ToRequest(), await ActorAsync(ct), IfMatch, ct);
                return SavedAt($"/plans/{Id}", $"tactic-{TacticId}", "Tactic saved.");
            },
            () => LoadAsync(ct));

    protected override void OnStaleSave() => ShowConflict(Saved(), ToRequest(), Tactic.ETag);

    /// <summary>The tactic as it is saved, as the form's request.</summary>
    private TacticRequest Saved()
    {
        var tactic = Tactic;
        return new TacticRequest
        {
            Key = tactic.Key,
            Action = tactic.Action,
            Owner = tactic.Owner,
            Authors = tactic.Authors,
            Start = tactic.Start,
            Due = tactic.Due,
            Resources = tactic.Resources,
            EffortHours = tactic.EffortHours,
            Status = tactic.Status,
            StrategyId = tactic.StrategyId,
        };
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, TacticId, ct);
            return Deleted($"/plans/{Id}#strategies", "Tactic deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{Id}#strategies", rule);
        }
    }
}
