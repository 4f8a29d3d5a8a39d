using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Web.Organizations;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>The plan header form shared by the new and edit pages; its team and owner come from lists.</summary>
public abstract class PlanFormModel(PeopleQueries people, TeamQueries teams) : VersionedFormModel
{
    [BindProperty]
    public PlanRequest Input { get; set; } = new();

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    public abstract string Title { get; }

    public abstract string CancelUrl { get; }

    /// <summary>The plan's own critique settings, on forms that offer them (editing an existing plan).</summary>
    public virtual SettingsFields? SettingsFields => null;

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        People = await people.ListAsync(ct);
        Teams = await teams.ListAsync(ct);
    }
}
