using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Shared;

/// <summary>A form for one element of a plan (a goal, a review): the plan from the route, its people, and the request bound from the form.</summary>
public abstract class PlanElementFormModel<TRequest>(PlanQueries plans, PeopleQueries people, CurrentUser me) : VersionedFormModel
    where TRequest : new()
{
    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public TRequest Input { get; set; } = new();

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    /// <summary>Whom the reader may hold to account (null: everyone); the person pickers offer only them.</summary>
    public IReadOnlySet<int>? Nameable { get; private set; }

    public abstract string Title { get; }

    /// <summary>The signed-in person as the access rules see them.</summary>
    protected Task<Gameplan.Domain.Access.Actor> ActorAsync(CancellationToken ct) => me.ActorAsync(ct);

    protected virtual async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
        Nameable = await people.NameableAsync(await ActorAsync(ct), ct);
    }
}
