using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Strategies;

/// <summary>The strategy form shared by the new and edit pages: statement, DRI and the goals it serves.</summary>
public abstract class StrategyFormModel(PlanQueries plans, PeopleQueries people, CurrentUser me) : VersionedFormModel
{
    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public StrategyRequest Input { get; set; } = new();

    /// <summary>
    /// Keys of the goals served. Bound here, not on <see cref="Input"/>: MVC does not fill a collection
    /// property that already holds a read-only empty list, which the request records start with.
    /// </summary>
    [BindProperty]
    public List<string> Goals { get; set; } = [];

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    /// <summary>Whom the reader may hold to account (null: everyone); the person pickers offer only them.</summary>
    public IReadOnlySet<int>? Nameable { get; private set; }

    public abstract string Title { get; }

    /// <summary>The signed-in person as the access rules see them.</summary>
    protected Task<Gameplan.Domain.Access.Actor> ActorAsync(CancellationToken ct) => me.ActorAsync(ct);

    public bool Serves(string goalKey) => Goals.Contains(goalKey, StringComparer.OrdinalIgnoreCase);

    /// <summary>The request as Core takes it, with the goals ticked.</summary>
    protected StrategyRequest ToRequest() => Input with { Goals = Goals };

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
        Nameable = await people.NameableAsync(await ActorAsync(ct), ct);
    }
}
