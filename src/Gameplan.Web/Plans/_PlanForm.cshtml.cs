using Gameplan.Core.Alignment;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Domain.Access;
using Gameplan.Web.Organizations;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>The plan header form shared by the new and edit pages; its team and owner come from lists.</summary>
public abstract class PlanFormModel(PeopleQueries people, TeamQueries teams, AlignmentQueries alignment) : VersionedFormModel
{
    [BindProperty]
    public PlanRequest Input { get; set; } = new();

    /// <summary>What the plan carries out, as one choice (see <see cref="ParentValue"/>); bound into <c>Input.Parent</c> on post.</summary>
    [BindProperty]
    public string? CarriesOut { get; set; }

    /// <summary>The plans the person may name as the parent, with their strategies.</summary>
    public IReadOnlyList<ParentChoice> Parents { get; private set; } = [];

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public IReadOnlyList<TeamDetails> Teams { get; private set; } = [];

    public abstract string Title { get; }

    /// <summary>Whether the form's first field takes the focus when the page opens (one autofocus a page).</summary>
    public virtual bool FocusesName => true;

    public abstract string CancelUrl { get; }

    /// <summary>The plan's own critique settings, on forms that offer them (editing an existing plan).</summary>
    public virtual SettingsFields? SettingsFields => null;

    /// <param name="self">The plan being edited (it and the plans under it cannot be its parent); null for a new plan.</param>
    protected async Task LoadChoicesAsync(Actor? actor, int? self, CancellationToken ct)
    {
        People = await people.ListAsync(ct);
        Teams = await teams.ListAsync(ct);
        Parents = await alignment.ParentChoicesAsync(actor, self, ct);
    }

    /// <summary>The posted <see cref="CarriesOut"/> choice as the request's parent.</summary>
    protected void BindParent() => Input = Input with { Parent = ParentValue.Parse(CarriesOut) };
}
