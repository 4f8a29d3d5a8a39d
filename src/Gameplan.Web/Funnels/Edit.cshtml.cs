using Gameplan.Core.Funnels;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Funnels;

/// <summary>A plan's own funnel, over its team's and the organisation's; for whoever may edit the plan (the page's policy).</summary>
public sealed class FunnelEditModel(FunnelQueries queries, FunnelCommands commands, PlanQueries plans, CurrentUser me) : FunnelFormPage
{
    [Microsoft.AspNetCore.Mvc.FromRoute]
    public int Id { get; set; }

    public string PlanName { get; private set; } = "";

    public override string Subject => $"plan {PlanName}";

    public override string Address => $"/plans/{Id}/funnel/edit";

    public override FunnelSource Own => FunnelSource.Plan;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        PlanName = (await plans.GetAsync(Id, ct)).Name;
        Effective = await queries.EffectiveFunnelAsync(Id, ct);
    }

    protected override async Task SaveAsync(FunnelRequest request, CancellationToken ct) =>
        await commands.SetForPlanAsync(Id, request, await me.ActorAsync(ct), ct);

    protected override async Task ClearAsync(int? version, CancellationToken ct) =>
        await commands.ClearForPlanAsync(Id, await me.ActorAsync(ct), version, ct);
}
