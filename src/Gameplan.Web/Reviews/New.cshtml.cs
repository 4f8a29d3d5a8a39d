using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Domain.Plans;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>Schedules a review; by default next week's tactical review.</summary>
public sealed class NewReviewModel(ReviewCommands commands, PlanQueries plans, PeopleQueries people, OrganizationClock clock, CurrentUser me) : ReviewFormModel(plans, people, me)
{
    public override string Title => "New review";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new ReviewRequest { Kind = ReviewKind.Tactical, Date = (await clock.TodayAsync(ct)).AddDays(7) };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => SavedAt($"/plans/{Id}", $"review-{(await commands.CreateAsync(Id, Input, ct)).Id}", "Review added."),
            () => LoadAsync(ct));
}
