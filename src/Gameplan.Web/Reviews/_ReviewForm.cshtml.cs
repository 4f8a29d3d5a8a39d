using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>The review form shared by the new and edit pages.</summary>
public abstract class ReviewFormModel(PlanQueries plans, PeopleQueries people) : GameplanPageModel
{
    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ReviewRequest Input { get; set; } = new();

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public abstract string Title { get; }

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
    }
}
