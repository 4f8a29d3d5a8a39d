using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Reviews;

internal static class ActionItemMapping
{
    public static ActionItemDetails ToDetails(ActionItem item, string plan, DateOnly raisedOn, ReviewPerson owner, DateOnly today, bool canTick) =>
        new(item.Id, item.PlanId, plan, item.ReviewId, raisedOn, item.Text, owner.Handle, owner.Name, item.Due, item.IsDone, item.DoneAt,
            !item.IsDone && item.Due < today, $"/plans/{item.PlanId}/reviews/{item.ReviewId}#action-item-{item.Id}", canTick);
}
