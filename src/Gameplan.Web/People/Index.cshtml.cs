using Gameplan.Core.People;
using Gameplan.Web.Shared;

namespace Gameplan.Web.People;

/// <summary>Everyone in the organisation, with role, team and weekly capacity.</summary>
public sealed class PeopleListModel(PeopleQueries people) : GameplanPageModel
{
    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => People = await people.ListAsync(ct);
}
