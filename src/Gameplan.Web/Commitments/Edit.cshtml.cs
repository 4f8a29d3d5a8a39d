using Gameplan.Core;
using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>Changes or deletes an activity commitment; the plan page deletes inline through htmx.</summary>
public sealed class EditCommitmentModel(CommitmentCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : CommitmentFormModel(plans, people)
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
        var commitment = Tactic.Commitments.Single(c => c.Id == CommitmentId);
        Input = new CommitmentRequest
        {
            Metric = commitment.Metric,
            Unit = commitment.Unit,
            Target = commitment.Target,
            Per = commitment.Per,
            Assignees = commitment.Assignees,
        };
        Named = [.. commitment.People];
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, CommitmentId, ToRequest(), await me.ActorAsync(ct), ct);
                return SavedAt($"/plans/{Id}", $"commitment-{CommitmentId}", "Commitment saved.");
            },
            () => LoadAsync(ct));

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
