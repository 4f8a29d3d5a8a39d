using Gameplan.Core;
using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>Adds an activity commitment to a tactic; by default a daily count for the tactic's owner.</summary>
public sealed class NewCommitmentModel(CommitmentCommands commands, PlanQueries plans, PeopleQueries people, MetricQueries metrics, CurrentUser me) : CommitmentFormModel(plans, people, metrics, me)
{
    [BindProperty(SupportsGet = true)]
    public int TacticId { get; set; }

    public override string Title => "New activity commitment";

    public override TacticDetails Tactic =>
        Plan.AllTactics().FirstOrDefault(t => t.Id == TacticId) ?? throw new NotFoundException($"Tactic {TacticId}");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        _ = Tactic; // an unknown tactic is a 404 now rather than an error while rendering
        Input = new CommitmentRequest { Target = 1 };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ConfirmNewMetricAsync(null, ct);
        return await SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"commitment-{(await commands.CreateAsync(Id, TacticId, ToRequest(), await ActorAsync(ct), ct)).Id}", "Commitment added."),
            () => LoadAsync(ct));
    }
}
