using Gameplan.Core.Funnels;
using Gameplan.Core.Teams;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Funnels;

/// <summary>A team's funnel, over the organisation's and under its plans' own; set by the managers who lead the team, executives and admins.</summary>
public sealed class FunnelTeamModel(FunnelQueries queries, FunnelCommands commands, TeamQueries teams, CurrentUser me) : FunnelFormPage
{
    [Microsoft.AspNetCore.Mvc.FromRoute]
    public int Id { get; set; }

    public string TeamName { get; private set; } = "";

    public override string Subject => $"team {TeamName}";

    public override string Address => $"/teams/{Id}/funnel";

    public override FunnelSource Own => FunnelSource.Team;

    /// <summary>Set here only when the team itself holds it (not a team above).</summary>
    public override bool IsOwn => Effective.Source == FunnelSource.Team && Effective.TeamId == Id;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        TeamName = (await teams.GetAsync(Id, ct)).Name;
        Effective = await queries.ForTeamAsync(Id, ct);
        MayChange = FunnelCommands.MaySetTeam(await me.ActorAsync(ct), Id);
        ReadOnlyReason = MayChange ? null : "Only the team's managers, executives and admins change its funnel.";
    }

    protected override async Task SaveAsync(FunnelRequest request, CancellationToken ct) =>
        await commands.SetForTeamAsync(Id, request, await me.ActorAsync(ct), ct);

    protected override async Task ClearAsync(int? version, CancellationToken ct) =>
        await commands.ClearForTeamAsync(Id, await me.ActorAsync(ct), version, ct);
}
