using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>
/// The plans of the organisation the reader may see, newest period first, narrowed by period, status,
/// scope, team and owner (query parameters, so a filtered list is a link). A value that is no choice
/// (a typed address) is named beside its field and ignored, never a failure.
/// </summary>
public sealed class PlanListModel(PlanListQueries plans, PeopleQueries people, OrganizationClock clock, CurrentUser me) : GameplanPageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public PlanStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "scope")]
    public PlanScope? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "team")]
    public int? Team { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public int? Owner { get; set; }

    public PlanList List { get; private set; } = new([], 0, new([], [], [], [], []));

    public IReadOnlyList<PlanSummary> Plans => List.Plans;

    public PlanListFilter Filter { get; private set; } = new();

    public PeopleNames Names { get; private set; } = new([]);

    public string TeamAndOwner(PlanSummary plan) =>
        string.Join(" · ", new[] { plan.Team, plan.Owner is { } owner ? Names.Of(owner) : null }.OfType<string>()) is { Length: > 0 } text ? text : "—";

    /// <summary>The message for a filter field the address got wrong, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var state) && state.Errors.Count > 0 ? state.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!PlanPeriodFilter.IsValid(Period))
        {
            ModelState.AddModelError("period", $"Period: '{Period}' is not current, upcoming, past or a year.");
            Period = null;
        }
        Filter = new PlanListFilter { Period = Period, Status = Status, Scope = Scope, TeamId = Team, OwnerId = Owner };
        List = await plans.ListAsync(await me.ActorAsync(ct), Filter, await clock.TodayAsync(ct), ct);
        Names = new PeopleNames(await people.ListAsync(ct));
    }
}
