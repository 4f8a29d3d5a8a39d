using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.People;

/// <summary>The person form shared by the new and edit pages.</summary>
public abstract class PersonFormModel(TeamQueries teams) : GameplanPageModel
{
    [BindProperty]
    public PersonRequest Input { get; set; } = new();

    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    public abstract string Title { get; }

    protected async Task LoadTeamsAsync(CancellationToken ct) => Teams = await teams.ListAsync(ct);
}
