using Gameplan.Core;
using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>Adds an activity commitment to a tactic; by default a daily count for the tactic's owner.</summary>
public sealed class NewCommitmentModel(CommitmentCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : CommitmentFormModel(plans, people)
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

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"commitment-{(await commands.CreateAsync(Id, TacticId, ToRequest(), await me.ActorAsync(ct), ct)).Id}", "Commitment added."),
            () => LoadAsync(ct));
}
