using Gameplan.Core.Alignment;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Starts a plan; the default period is the next full quarter, drafted today.</summary>
public sealed class NewPlanModel(PlanCommands commands, PeopleQueries people, TeamQueries teams, AlignmentQueries alignment, OrganizationClock clock, CurrentUser me)
    : PlanFormModel(people, teams, alignment)
{
    public override string Title => "New plan";

    public override string CancelUrl => "/plans";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = await clock.TodayAsync(ct);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3);
        Input = new PlanRequest
        {
            Period = new PeriodInput { Start = quarterStart, End = quarterStart.AddMonths(3).AddDays(-1) },
            Drafted = today,
        };
        await LoadChoicesAsync(await me.ActorAsync(ct), null, ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        BindParent();
        return SaveOrShowAsync(
            async () => Done($"/plans/{(await commands.CreateAsync(Input, await me.ActorAsync(ct), ct)).Id}", "Plan created."),
            async () => await LoadChoicesAsync(await me.ActorAsync(ct), null, ct));
    }
}
