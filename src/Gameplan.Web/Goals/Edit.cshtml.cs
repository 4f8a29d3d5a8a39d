using Gameplan.Core;
using Gameplan.Core.Alignment;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Goals;

/// <summary>
/// Changes or deletes a goal, and records its measurements: the list, a form to add one, and the
/// goal's progress with its formula. htmx posts of the measurement forms answer with that section
/// only; without JavaScript they post and come back here (POST-redirect-GET).
/// </summary>
public sealed class EditGoalModel(
    GoalCommands commands, GoalMeasurementCommands measurementCommands, GoalMeasurementQueries measurementQueries, CurrentUser me, OrganizationClock clock, PlanQueries plans, PeopleQueries people, AlignmentQueries alignment)
    : GoalFormModel(plans, people, alignment, me)
{
    [BindProperty(SupportsGet = true)]
    public int GoalId { get; set; }

    /// <summary>The new measurement's form, posted as <c>Measurement.Date</c>, <c>Measurement.Value</c>, <c>Measurement.Note</c>.</summary>
    public MeasurementRequest Measurement { get; set; } = new();

    public GoalMeasurementsDetails Measurements { get; private set; } = null!;

    /// <summary>A short confirmation shown in the measurements section after an htmx post.</summary>
    public string? Saved { get; private set; }

    public override string Title => "Edit goal";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await LoadMeasurementsAsync(ct);
        ShowGoal();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, GoalId, Input, await ActorAsync(ct), IfMatch, ct);
                return SavedAt($"/plans/{Id}", $"goal-{GoalId}", "Goal saved.");
            },
            async () =>
            {
                await LoadAsync(ct);
                await LoadMeasurementsAsync(ct);
            });

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, GoalId, ct);
            return Deleted($"/plans/{Id}#goals", "Goal deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{Id}#goals", rule);
        }
    }

    public Task<IActionResult> OnPostMeasurementAsync([Bind(Prefix = nameof(Measurement))] MeasurementRequest measurement, CancellationToken ct)
    {
        Measurement = measurement;
        return ChangeMeasurementsAsync(async actor =>
        {
            var recorded = await measurementCommands.RecordAsync(GoalId, Measurement, actor, ct);
            return $"Recorded {Display.Number(recorded.Value)} on {Display.Date(recorded.Date)}.";
        }, ct);
    }

    public Task<IActionResult> OnPostDeleteMeasurementAsync(int measurementId, CancellationToken ct) =>
        ChangeMeasurementsAsync(async actor =>
        {
            await measurementCommands.DeleteAsync(GoalId, measurementId, actor, ct);
            return "Measurement deleted.";
        }, ct);

    /// <summary>The anchor of a measurement error: the field it names, or the section as a whole.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> ChangeMeasurementsAsync(Func<Domain.Access.Actor, Task<string>> change, CancellationToken ct)
    {
        // The route's plan is the one access was checked on; a goal of another plan is not found through it.
        await LoadAsync(ct);
        if (Plan.Goals.All(g => g.Id != GoalId))
        {
            return NotFound();
        }
        // Only a measurement form was posted: the goal form's fields (bound without their prefix when absent) are not part of this request.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Measurement), StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        try
        {
            if (ModelState.IsValid)
            {
                var message = await change(await ActorAsync(ct));
                if (!IsHtmx)
                {
                    return SavedAt($"/plans/{Id}/goals/{GoalId}/edit", "measurements", message);
                }
                Saved = message;
                ModelState.Clear();
                Measurement = new MeasurementRequest { Date = await clock.TodayAsync(ct) };
            }
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddRuleError(rule, "Measurement");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        await LoadMeasurementsAsync(ct);
        if (IsHtmx)
        {
            return Partial("_Measurements", this);
        }
        ShowGoal();
        return Page();
    }

    private async Task LoadMeasurementsAsync(CancellationToken ct)
    {
        Measurements = await measurementQueries.ListAsync(GoalId, await ActorAsync(ct), ct: ct);
        if (Measurement.Date is null && Measurement.Value is null)
        {
            Measurement = new MeasurementRequest { Date = Measurements.Today };
        }
    }

    protected override void OnStaleSave() => ShowConflict(FromGoal(), Input, Goal.ETag);

    private GoalDetails Goal => Plan.Goals.FirstOrDefault(g => g.Id == GoalId) ?? throw new NotFoundException($"Goal {GoalId}");

    /// <summary>The goal form shows the goal as it is saved, and remembers that version.</summary>
    private void ShowGoal()
    {
        Input = FromGoal();
        Remember(Input, Goal.ETag);
    }

    private GoalRequest FromGoal()
    {
        var goal = Goal;
        return new GoalRequest
        {
            Key = goal.Key,
            Title = goal.Title,
            Metric = goal.Metric,
            Unit = goal.Unit,
            Baseline = goal.Baseline,
            Target = goal.Target,
            Due = goal.Due,
            Dri = goal.Dri,
            Direction = goal.Direction,
            Weight = goal.Weight,
            ContributesTo = goal.ContributesTo,
        };
    }

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && Request.Headers["HX-Boosted"] != "true";
}
