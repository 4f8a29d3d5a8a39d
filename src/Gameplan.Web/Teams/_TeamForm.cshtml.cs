using Gameplan.Core.Teams;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Teams;

/// <summary>The team form shared by the new and edit pages.</summary>
public abstract class TeamFormModel(TeamQueries teams) : GameplanPageModel
{
    [BindProperty]
    public TeamRequest Input { get; set; } = new();

    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    public abstract string Title { get; }

    /// <summary>The team being edited, which cannot be its own parent.</summary>
    public virtual int? Self => null;

    protected async Task LoadTeamsAsync(CancellationToken ct) => Teams = await teams.ListAsync(ct);
}
