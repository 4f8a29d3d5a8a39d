using Gameplan.Core.Homes;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Home;

/// <summary>
/// The admin's home: what is still missing in the organisation's setup (people who cannot sign in or
/// have no e-mail, teams nobody leads, people in no team, failed imports, e-mail and webhooks), each
/// item with the link that fixes it. Read fresh each time, so a fixed item is gone on the next visit.
/// </summary>
public sealed class SetupHealthModel(SetupHealthQueries setup) : GameplanPageModel
{
    public SetupHealth Health { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Health = await setup.GetAsync(ct);
}
