using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>The activity-commitment form shared by the new and edit pages: a daily (or weekly...) target for its assignees.</summary>
public abstract class CommitmentFormModel(PlanQueries plans, PeopleQueries people, MetricQueries metrics, CurrentUser me) : VersionedFormModel
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

    /// <summary>The organisation's metrics, offered as the metric field's suggestions.</summary>
    public IReadOnlyList<MetricChoice> Metrics { get; private set; } = [];

    /// <summary>
    /// The person's word that a metric the organisation does not have yet is meant (not a typo of one it has):
    /// a commitment's new metric becomes a metric everyone logs against, so the form asks first.
    /// </summary>
    [BindProperty]
    public bool NewMetric { get; set; }

    /// <summary>Whether the form asks to confirm a new metric (the one typed is not among <see cref="Metrics"/>).</summary>
    public bool AsksForNewMetric { get; private set; }

    /// <summary>Whom the reader may hold to account (null: everyone); the person pickers offer only them.</summary>
    public IReadOnlySet<int>? Nameable { get; private set; }

    public abstract string Title { get; }

    /// <summary>The signed-in person as the access rules see them.</summary>
    protected Task<Gameplan.Domain.Access.Actor> ActorAsync(CancellationToken ct) => me.ActorAsync(ct);

    /// <summary>The tactic the commitment measures.</summary>
    public abstract TacticDetails Tactic { get; }

    public bool Assigned(string handle) => Named.Contains(handle, StringComparer.OrdinalIgnoreCase);

    /// <summary>The request as Core takes it, with the people named.</summary>
    protected CommitmentRequest ToRequest() => Input with { People = Named };

    /// <summary>
    /// Refuses (on the metric field) a metric the organisation does not have yet unless <see cref="NewMetric"/>
    /// confirms it; <paramref name="saved"/> (the commitment's metric before this edit) needs no confirmation.
    /// </summary>
    protected async Task ConfirmNewMetricAsync(string? saved, CancellationToken ct)
    {
        var metric = Input.Metric?.Trim();
        if (string.IsNullOrEmpty(metric) || NewMetric || string.Equals(metric, saved, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var known = await metrics.ListAsync(ct);
        if (known.Any(m => string.Equals(m.Name, metric, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        AsksForNewMetric = true;
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Metric)}",
            $"Metric: \"{metric}\" is not one of the organisation's metrics yet. Pick one from the list, or tick \"Add it as a new metric\" below the field.");
    }

    protected async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        People = await people.ListAsync(ct);
        Metrics = await metrics.ListAsync(ct);
        Nameable = await people.NameableAsync(await ActorAsync(ct), ct);
    }
}
