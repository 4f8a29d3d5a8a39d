using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Starts a plan; the default period is the next full quarter, drafted today.</summary>
public sealed class NewPlanModel(PlanCommands commands, PeopleQueries people, TeamQueries teams, OrganizationClock clock, CurrentUser me)
    : PlanFormModel(people, teams)
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
        await LoadChoicesAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () => Done($"/plans/{(await commands.CreateAsync(Input, await me.ActorAsync(ct), ct)).Id}", "Plan created."),
            () => LoadChoicesAsync(ct));
}
