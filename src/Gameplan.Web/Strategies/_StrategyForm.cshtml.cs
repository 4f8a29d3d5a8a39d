using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Strategies;

/// <summary>The strategy form shared by the new and edit pages: statement, DRI and the goals it serves.</summary>
public abstract class StrategyFormModel(PlanQueries plans, PeopleQueries people) : GameplanPageModel
{
    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public StrategyRequest Input { get; set; } = new();

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    public abstract string Title { get; }

    public bool Serves(string goalKey) => Input.Goals.Contains(goalKey, StringComparer.OrdinalIgnoreCase);

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
    }
}
