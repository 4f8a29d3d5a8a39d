using Gameplan.Core;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Goals;

/// <summary>Changes or deletes a goal.</summary>
public sealed class EditGoalModel(GoalCommands commands, PlanQueries plans, PeopleQueries people) : GoalFormModel(plans, people)
{
    [BindProperty(SupportsGet = true)]
    public int GoalId { get; set; }

    public override string Title => "Edit goal";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var goal = Plan.Goals.FirstOrDefault(g => g.Id == GoalId) ?? throw new NotFoundException($"Goal {GoalId}");
        Input = new GoalRequest
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
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, GoalId, Input, ct);
                return SavedAt($"/plans/{Id}", $"goal-{GoalId}", "Goal saved.");
            },
            () => LoadAsync(ct));

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
}
