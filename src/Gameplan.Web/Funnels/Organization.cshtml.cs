using Gameplan.Core.Funnels;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Funnels;

/// <summary>The organisation's default funnel, which every team and plan inherits until it sets its own; set by admins and executives, read by everyone.</summary>
public sealed class FunnelOrganizationModel(FunnelQueries queries, FunnelCommands commands, CurrentUser me) : FunnelFormPage
{
    public override string Subject => "the organisation";

    public override string Address => "/organization/funnel";

    public override FunnelSource Own => FunnelSource.Organization;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Effective = await queries.ForOrganizationAsync(ct);
        MayChange = FunnelCommands.MaySetOrganization(await me.ActorAsync(ct));
        ReadOnlyReason = MayChange ? null : "Only admins and executives change the organisation's default funnel; ask one of them, or set a funnel on your team or plan.";
    }

    protected override async Task SaveAsync(FunnelRequest request, CancellationToken ct) =>
        await commands.SetForOrganizationAsync(request, await me.ActorAsync(ct), ct);

    protected override async Task ClearAsync(int? version, CancellationToken ct) =>
        await commands.ClearForOrganizationAsync(await me.ActorAsync(ct), version, ct);
}
