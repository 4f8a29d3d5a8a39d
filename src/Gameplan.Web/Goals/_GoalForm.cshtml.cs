using Gameplan.Core.Alignment;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Goals;

/// <summary>The goal form shared by the new and edit pages; it offers the parent plan's goals to contribute to.</summary>
public abstract class GoalFormModel(PlanQueries plans, PeopleQueries people, AlignmentQueries alignment, CurrentUser me) : PlanElementFormModel<GoalRequest>(plans, people, me)
{
    /// <summary>The goals of the plan's parent, which this goal may contribute to; none when the plan carries out no stored plan.</summary>
    public IReadOnlyList<ParentElement> ParentGoals { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken ct)
    {
        await base.LoadAsync(ct);
        ParentGoals = await alignment.ParentGoalsAsync(Id, ct);
    }
}
