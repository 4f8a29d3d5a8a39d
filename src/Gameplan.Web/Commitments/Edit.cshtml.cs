using Gameplan.Core;
using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>Changes or deletes an activity commitment; the plan page deletes inline through htmx.</summary>
public sealed class EditCommitmentModel(CommitmentCommands commands, PlanQueries plans, PeopleQueries people, MetricQueries metrics, CurrentUser me) : CommitmentFormModel(plans, people, metrics, me)
{
    [BindProperty(SupportsGet = true)]
    public int CommitmentId { get; set; }

    public override string Title => "Edit activity commitment";

    public override TacticDetails Tactic =>
        Plan.AllTactics().FirstOrDefault(t => t.Commitments.Any(c => c.Id == CommitmentId))
        ?? throw new NotFoundException($"Commitment {CommitmentId}");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var saved = Saved();
        Input = saved with { People = [] };
        Named = [.. saved.People];
        Remember(saved, Commitment.ETag);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A commitment's saved metric is already the organisation's (saving one adds it), so only a new name asks.
        await ConfirmNewMetricAsync(null, ct);
        return await SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, CommitmentId, ToRequest(), await ActorAsync(ct), IfMatch, ct);
                return SavedAt($"/plans/{Id}", $"commitment-{CommitmentId}", "Commitment saved.");
            },
            () => LoadAsync(ct));
    }

    protected override void OnStaleSave() => ShowConflict(Saved(), ToRequest(), Commitment.ETag);

    private CommitmentDetails Commitment => Tactic.Commitments.Single(c => c.Id == CommitmentId);

    /// <summary>The commitment as it is saved, as the form's request.</summary>
    private CommitmentRequest Saved() => new()
    {
        Metric = Commitment.Metric,
        Unit = Commitment.Unit,
        Target = Commitment.Target,
        Per = Commitment.Per,
        Assignees = Commitment.Assignees,
        People = Commitment.People,
    };

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, CommitmentId, ct);
            return Deleted($"/plans/{Id}#strategies", "Commitment deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{Id}#strategies", rule);
        }
    }
}
