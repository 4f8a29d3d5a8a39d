using Gameplan.Core.Alignment;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Organizations;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>Changes a plan's header (name, scope, period, owner, mission, background, answers) and its own critique settings.</summary>
public sealed class EditPlanModel(
    PlanQueries plans, PlanCommands commands, PeopleQueries people, TeamQueries teams, AlignmentQueries alignment, OrganizationQueries organization, CurrentUser me)
    : PlanFormModel(people, teams, alignment)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The plan's holidays as typed (see <see cref="Organizations.HolidayDates"/>).</summary>
    [BindProperty]
    public string? HolidayDates { get; set; }

    /// <summary>What the plan's empty settings fall back to.</summary>
    public PlanningSettingsInput OrganizationSettings { get; private set; } = new();

    public override SettingsFields SettingsFields => new(Input.Settings ?? new(), "Input.Settings", HolidayDates, OrganizationSettings, ModelState);

    public override string Title => "Edit plan";

    /// <summary>The plan as it is saved now, read when a refused save shows the form again.</summary>
    private PlanDetails? Current { get; set; }

    public override string CancelUrl => $"/plans/{Id}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var plan = await plans.GetAsync(Id, ct);
        Input = Saved(plan);
        CarriesOut = ParentValue.Of(plan.Parent);
        Remember(Input, plan.ETag);
        HolidayDates = Organizations.HolidayDates.Format(plan.Settings.Holidays);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var holidays = Organizations.HolidayDates.Parse(HolidayDates, ModelState, "Input.Settings.Holidays");
        Input = Input with { Settings = (Input.Settings ?? new()) with { Holidays = holidays } };
        BindParent();
        return SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, Input, await me.ActorAsync(ct), IfMatch, ct);
                return Done($"/plans/{Id}", "Plan saved.");
            },
            async () =>
            {
                await LoadAsync(ct);
                Current = await plans.GetAsync(Id, ct);
            });
    }

    protected override void OnStaleSave() => ShowConflict(Saved(Current!), Input, Current!.ETag);

    /// <summary>The plan as it is saved, as the form's request.</summary>
    private static PlanRequest Saved(PlanDetails plan) => new()
    {
        Name = plan.Name,
        Scope = plan.Scope,
        Team = plan.Team,
        Owner = plan.Owner,
        Period = plan.Period,
        Drafted = plan.Drafted,
        Mission = plan.Mission,
        Background = plan.Background,
        Customer = plan.Customer,
        DesiredResults = plan.DesiredResults,
        Settings = plan.Settings,
        Parent = plan.Parent is { } parent ? ParentValue.Parse(ParentValue.Of(parent)) : null,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(await me.ActorAsync(ct), Id, ct);
        OrganizationSettings = await organization.GetSettingsAsync(ct);
    }
}
