using System.Text.Json.Nodes;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Webhooks;

/// <summary>An organisation's webhooks (admins): register, list, change, delete, read the delivery log, send a test.</summary>
public sealed class WebhookCommands(GameplanDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>The most deliveries the log lists for one webhook (the newest).</summary>
    public const int LogLength = 50;

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(CancellationToken ct = default)
    {
        var hooks = await db.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct);
        var ids = hooks.Select(h => h.Id).ToList();
        var lastIds = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.WebhookId))
            .GroupBy(d => d.WebhookId).Select(g => g.Max(d => d.Id)).ToListAsync(ct);
        var last = await db.WebhookDeliveries.AsNoTracking().Where(d => lastIds.Contains(d.Id)).ToDictionaryAsync(d => d.WebhookId, ct);
        return [.. hooks.Select(h => Summary(h, last.GetValueOrDefault(h.Id)))];
    }

    public async Task<WebhookSummary> GetAsync(int id, CancellationToken ct = default)
    {
        var hook = await FindAsync(id, ct);
        var last = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        return Summary(hook, last);
    }

    public async Task<CreatedWebhook> CreateAsync(WebhookRequest request, CancellationToken ct = default)
    {
        var secret = string.IsNullOrWhiteSpace(request.Secret) ? WebhookSecrets.NewSecret() : request.Secret.Trim();
        var hook = new Webhook(db.RequireOrganization(), request.Url ?? "", request.Events ?? [], WebhookSecrets.Protect(protection, secret), clock.GetUtcNow());
        hook.Change(hook.Url, hook.EventList, request.Active);
        db.Webhooks.Add(hook);
        await db.SaveChangesAsync(ct);
        return new CreatedWebhook(hook.Id, hook.Url, hook.EventList, hook.Active, secret);
    }

    public async Task<WebhookSummary> UpdateAsync(int id, WebhookRequest request, CancellationToken ct = default)
    {
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException($"Webhook {id}");
        hook.Change(request.Url ?? "", request.Events ?? [], request.Active);
        if (!string.IsNullOrWhiteSpace(request.Secret))
        {
            throw new DomainRuleException("A webhook's secret is set when it is registered; register a new webhook for a new secret.", "secret");
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        if (await db.Webhooks.Where(w => w.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            throw new NotFoundException($"Webhook {id}");
        }
    }

    /// <summary>The newest <see cref="LogLength"/> deliveries of the webhook, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDeliverySummary>> DeliveriesAsync(int id, CancellationToken ct = default)
    {
        await FindAsync(id, ct);
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.Id).Take(LogLength).ToListAsync(ct);
        return [.. rows.Select(Delivery)];
    }

    /// <summary>Queues a test delivery (its data says <c>"test": true</c>) of the webhook's first event; the worker sends it within a minute.</summary>
    public async Task<WebhookDeliverySummary> TestAsync(int id, CancellationToken ct = default)
    {
        var hook = await FindAsync(id, ct);
        var @event = hook.EventList[0];
        var now = clock.GetUtcNow();
        var delivery = new WebhookDelivery(hook.OrganizationId, hook.Id, @event,
            WebhookOutbox.Payload(@event, hook.OrganizationId, new JsonObject { ["test"] = true }, now), now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        return Delivery(delivery);
    }

    private async Task<Webhook> FindAsync(int id, CancellationToken ct) =>
        await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException($"Webhook {id}");

    private static WebhookSummary Summary(Webhook hook, WebhookDelivery? last) =>
        new(hook.Id, hook.Url, hook.EventList, hook.Active, hook.CreatedAt, last is null ? null : Delivery(last));

    internal static WebhookDeliverySummary Delivery(WebhookDelivery d) =>
        new(d.Id, d.Event, d.Status, d.StatusCode, d.Attempts, d.NextAttemptAt, d.LastError, d.CreatedAt, d.DeliveredAt);
}
