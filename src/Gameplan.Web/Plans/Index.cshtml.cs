using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Plans;

/// <summary>The plans of the organisation the reader may see, newest period first.</summary>
public sealed class PlanListModel(PlanQueries plans, PeopleQueries people, CurrentUser me) : GameplanPageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public PeopleNames Names { get; private set; } = new([]);

    public string TeamAndOwner(PlanSummary plan) =>
        string.Join(" · ", new[] { plan.Team, plan.Owner is { } owner ? Names.Of(owner) : null }.OfType<string>()) is { Length: > 0 } text ? text : "—";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Plans = await plans.ListVisibleAsync(await me.ActorAsync(ct), ct);
        Names = new PeopleNames(await people.ListAsync(ct));
    }
}
