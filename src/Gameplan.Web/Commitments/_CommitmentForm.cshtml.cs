using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>The activity-commitment form shared by the new and edit pages: a daily (or weekly...) target for its assignees.</summary>
public abstract class CommitmentFormModel(PlanQueries plans, PeopleQueries people) : VersionedFormModel
{
    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public CommitmentRequest Input { get; set; } = new();

    /// <summary>
    /// Handles of the people named. Bound here, not on <see cref="Input"/>: MVC does not fill a collection
    /// property that already holds a read-only empty list, which the request records start with.
    /// </summary>
    [BindProperty]
    public List<string> Named { get; set; } = [];

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public abstract string Title { get; }

    /// <summary>The tactic the commitment measures.</summary>
    public abstract TacticDetails Tactic { get; }

    public bool Assigned(string handle) => Named.Contains(handle, StringComparer.OrdinalIgnoreCase);

    /// <summary>The request as Core takes it, with the people named.</summary>
    protected CommitmentRequest ToRequest() => Input with { People = Named };

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
    }
}
