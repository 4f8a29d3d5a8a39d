using System.Text.Json.Nodes;
using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.Notifications;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Webhooks;

/// <summary>The webhook events of plan decisions (submitted, approved, returned), written in the decision's own transaction.</summary>
internal static class PlanWebhooks
{
    public static async Task EnqueueAsync(GameplanDbContext db, StrategicPlan plan, PlanTransition transition, Actor? actor, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        WebhookEvent? @event = transition switch
        {
            PlanTransition.Submit => WebhookEvent.PlanSubmitted,
            PlanTransition.Approve => WebhookEvent.PlanApproved,
            PlanTransition.Return => WebhookEvent.PlanReturned,
            _ => null,
        };
        if (@event is not { } raised || !await db.Webhooks.AnyAsync(w => w.Active, ct))
        {
            return;
        }
        var people = new[] { plan.OwnerId, actor?.PersonId }.OfType<int>().ToList();
        var handles = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Handle, ct);
        await WebhookOutbox.EnqueueAsync(db, raised, new JsonObject
        {
            ["plan_id"] = plan.Id,
            ["plan_name"] = plan.Name,
            ["status"] = Status(plan.Status),
            ["owner"] = plan.OwnerId is { } owner ? handles.GetValueOrDefault(owner) : null,
            ["by"] = actor?.PersonId is { } by ? handles.GetValueOrDefault(by) : null,
            ["reason"] = reason,
            ["path"] = $"/plans/{plan.Id}",
        }, now, ct);
    }

    private static string Status(PlanStatus status) => status switch
    {
        PlanStatus.InReview => "in_review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
