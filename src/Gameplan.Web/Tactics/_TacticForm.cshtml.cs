using System.Globalization;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gameplan.Web.Tactics;

/// <summary>
/// The tactic form shared by the new and edit pages. Resources are typed one per line; an empty list
/// must say whether resources are not stated yet or none are needed, because the critique tells them apart.
/// </summary>
public abstract class TacticFormModel(PlanQueries plans, PeopleQueries people, CurrentUser me) : VersionedFormModel
{
    public const string NotStated = "not-stated";
    public const string NoneNeeded = "none-needed";

    /// <summary>The plan's id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public TacticRequest Input { get; set; } = new();

    /// <summary>
    /// Handles of the authors. Bound here, not on <see cref="Input"/>: MVC does not fill a collection
    /// property that already holds a read-only empty list, which the request records start with.
    /// </summary>
    [BindProperty]
    public List<string> Authors { get; set; } = [];

    /// <summary>One resource per line.</summary>
    [BindProperty]
    public string? ResourceLines { get; set; }

    /// <summary>What an empty resource list means: <see cref="NotStated"/> or <see cref="NoneNeeded"/>.</summary>
    [BindProperty]
    public string? WhenNoResources { get; set; } = NotStated;

    public PlanDetails Plan { get; private set; } = null!;

    public IReadOnlyList<PersonDetails> People { get; private set; } = [];

    /// <summary>Whom the reader may hold to account (null: everyone); the person pickers offer only them.</summary>
    public IReadOnlySet<int>? Nameable { get; private set; }

    public abstract string Title { get; }

    /// <summary>The signed-in person as the access rules see them.</summary>
    protected Task<Gameplan.Domain.Access.Actor> ActorAsync(CancellationToken ct) => me.ActorAsync(ct);

    /// <summary>Whether the form offers moving the tactic to another strategy (only once it exists).</summary>
    public virtual bool Moves => false;

    /// <summary>Whether the tactic is tied to no strategy yet (the form then offers to leave it so).</summary>
    public virtual bool Unplaced => false;

    public bool Authored(string handle) => Authors.Contains(handle, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<SelectListItem> StrategyChoices() =>
        Plan.Strategies.Select(s => new SelectListItem($"{s.Key} · {s.Statement}", s.Id.ToString(CultureInfo.InvariantCulture)));

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
        Nameable = await people.NameableAsync(await ActorAsync(ct), ct);
    }

    /// <summary>The request as Core takes it: the authors, and the resource lines turned into the list (or its absence).</summary>
    protected TacticRequest ToRequest()
    {
        var lines = (ResourceLines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Input with { Authors = Authors, Resources = lines.Length > 0 ? lines : WhenNoResources == NoneNeeded ? [] : null };
    }

    protected void ShowResources(IReadOnlyList<string>? resources)
    {
        ResourceLines = resources is null ? null : string.Join('\n', resources);
        WhenNoResources = resources is { Count: 0 } ? NoneNeeded : NotStated;
    }
}
