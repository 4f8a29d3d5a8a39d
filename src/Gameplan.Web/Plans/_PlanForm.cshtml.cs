using Gameplan.Core.Alignment;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Teams;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
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

    /// <summary>Whom the reader may hold to account (null: everyone); the owner picker offers only them.</summary>
    public IReadOnlySet<int>? Nameable { get; private set; }

    /// <summary>The scopes the reader may make a plan at (see <see cref="NewPlans"/>); the plan's own scope is always kept.</summary>
    public IReadOnlyList<PlanScope> Scopes { get; private set; } = Enum.GetValues<PlanScope>();

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
        if (actor is not null)
        {
            Nameable = await people.NameableAsync(actor, ct);
            Scopes = NewPlans.ScopesFor(actor) is { Count: > 0 } scopes ? scopes : Scopes;
            // A team plan may only be for a team the reader leads (admins and executives: any).
            if (actor.Role is not (PersonRole.Admin or PersonRole.Executive))
            {
                Teams = [.. Teams.Where(t => actor.ManagedTeams.Contains(t.Id) || string.Equals(t.Name, Input.Team, StringComparison.OrdinalIgnoreCase))];
            }
        }
        Parents = await alignment.ParentChoicesAsync(actor, self, ct);
    }

    /// <summary>The scope choices: those the reader may make, and the plan's own.</summary>
    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ScopeChoices() =>
        Choices.Of<PlanScope>().Where(c => Scopes.Any(s => s.ToString() == c.Value) || c.Value == Input.Scope.ToString());

    /// <summary>The posted <see cref="CarriesOut"/> choice as the request's parent.</summary>
    protected void BindParent() => Input = Input with { Parent = ParentValue.Parse(CarriesOut) };
}
