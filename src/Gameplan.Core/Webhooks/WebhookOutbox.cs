using System.Text.Json;
using System.Text.Json.Nodes;
using Gameplan.Core.Data;
using Gameplan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Webhooks;

/// <summary>
/// Raises events for the organisation's webhooks: one delivery per active webhook that chose the event,
/// written in the caller's transaction (plan decisions) or saved at once (<see cref="RaiseAsync"/>), and
/// POSTed later by <see cref="WebhookDeliveryRun"/>. Other features call <see cref="CheckInMissedAsync"/> and
/// <see cref="ReviewHeldAsync"/>.
/// </summary>
public sealed class WebhookOutbox(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>Raises <paramref name="event"/> with <paramref name="data"/> (snake_case names) and saves the deliveries.</summary>
    public async Task<int> RaiseAsync(WebhookEvent @event, JsonObject data, CancellationToken ct = default)
    {
        var count = await EnqueueAsync(db, @event, data, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>A person missed the weekly check-in due on <paramref name="due"/> for a plan.</summary>
    public async Task<int> CheckInMissedAsync(int personId, int planId, DateOnly due, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Handle, p.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Person {personId}");
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        return await RaiseAsync(WebhookEvent.CheckInMissed, new JsonObject
        {
            ["person"] = person.Handle,
            ["person_name"] = person.Name,
            ["plan_id"] = planId,
            ["plan_name"] = plan,
            ["due"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
    }

    /// <summary>A review of a plan was marked held.</summary>
    public async Task<int> ReviewHeldAsync(int planId, int reviewId, string kind, DateOnly day, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Name).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Plan {planId}");
        return await RaiseAsync(WebhookEvent.ReviewHeld, new JsonObject
        {
            ["plan_id"] = planId,
            ["plan_name"] = plan,
            ["review_id"] = reviewId,
            ["kind"] = kind,
            ["day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
    }

    /// <summary>Adds the deliveries of one event to the context without saving; returns how many.</summary>
    internal static async Task<int> EnqueueAsync(GameplanDbContext db, WebhookEvent @event, JsonObject data, DateTimeOffset now, CancellationToken ct)
    {
        var organization = db.RequireOrganization();
        var hooks = (await db.Webhooks.AsNoTracking().Where(w => w.Active).ToListAsync(ct)).Where(w => w.Wants(@event)).ToList();
        foreach (var hook in hooks)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery(organization, hook.Id, @event, Payload(@event, organization, data, now), now));
        }
        return hooks.Count;
    }

    internal static string Payload(WebhookEvent @event, int organization, JsonObject data, DateTimeOffset now) => new JsonObject
    {
        ["event"] = WebhookEvents.Name(@event),
        ["occurred_at"] = now.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["organization_id"] = organization,
        ["data"] = JsonNode.Parse(data.ToJsonString()),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
