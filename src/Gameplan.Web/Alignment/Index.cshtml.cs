using Gameplan.Core.Alignment;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Alignment;

/// <summary>
/// The alignment view: organisation goals, the strategies that serve them, the team plans under each,
/// their goals, tactics and commitments, and the rep plans under those; each node collapsible.
/// </summary>
public sealed class AlignmentModel(AlignmentQueries alignment, CurrentUser me) : GameplanPageModel
{
    public IReadOnlyList<AlignmentNode> Roots { get; private set; } = [];

    /// <summary>The plan the view starts from, when one was asked for.</summary>
    public int? Plan { get; private set; }

    public async Task OnGetAsync(int? plan, CancellationToken ct)
    {
        Plan = plan;
        Roots = await alignment.TreeAsync(await me.ActorAsync(ct), plan, ct);
    }
}
