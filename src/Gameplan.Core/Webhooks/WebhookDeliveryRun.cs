using System.Net.Http.Headers;
using System.Text;
using Gameplan.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Webhooks;

/// <summary>
/// POSTs the deliveries that are due, across organisations: the JSON body as stored, signed
/// (<see cref="WebhookSecrets.SignatureHeader"/>), with <c>X-Gameplan-Event</c> and <c>X-Gameplan-Delivery</c>.
/// A 2xx answer delivers; anything else (or no answer in 10 seconds) is tried again later
/// (<see cref="Domain.Notifications.WebhookRetries"/>). The caller holds the scheduler's lease.
/// </summary>
public sealed class WebhookDeliveryRun(GameplanDbContext db, IDataProtectionProvider protection, HttpClient http, TimeProvider clock)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public const int BatchSize = 100;

    public async Task<WebhookRunResult> RunAsync(CancellationToken ct = default)
    {
        var scope = (db.OrganizationScope, db.AllOrganizations);
        db.UseAllOrganizations();
        try
        {
            var now = clock.GetUtcNow();
            // Pending ones are few; which are due is decided here, as SQLite cannot compare offsets.
            var due = (await db.WebhookDeliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending).OrderBy(d => d.Id).Take(BatchSize * 10).ToListAsync(ct))
                .Where(d => d.NextAttemptAt is { } next && next <= now).Take(BatchSize).ToList();
            var hookIds = due.Select(d => d.WebhookId).Distinct().ToList();
            var hooks = await db.Webhooks.AsNoTracking().Where(w => hookIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
            var (delivered, failed) = (0, 0);
            foreach (var delivery in due)
            {
                var hook = hooks[delivery.WebhookId];
                if (await AttemptAsync(hook, delivery, ct))
                {
                    delivered++;
                }
                else
                {
                    failed++;
                }
                await db.SaveChangesAsync(ct);
            }
            return new WebhookRunResult(due.Count, delivered, failed);
        }
        finally
        {
            if (scope.AllOrganizations)
            {
                db.UseAllOrganizations();
            }
            else
            {
                db.OrganizationScope = scope.OrganizationScope;
            }
        }
    }

    private async Task<bool> AttemptAsync(Webhook hook, WebhookDelivery delivery, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Gameplan-Event", WebhookEvents.Name(delivery.Event));
        request.Headers.Add("X-Gameplan-Delivery", delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Gameplan-Webhooks", "1"));
        try
        {
            request.Headers.Add(WebhookSecrets.SignatureHeader, WebhookSecrets.Sign(WebhookSecrets.Unprotect(protection, hook.ProtectedSecret), body));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            using var response = await http.SendAsync(request, timeout.Token);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Succeeded(code, clock.GetUtcNow());
                return true;
            }
            delivery.Failed(code, $"The receiver answered {code} {response.ReasonPhrase}.", clock.GetUtcNow());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Security.Cryptography.CryptographicException && !ct.IsCancellationRequested)
        {
            delivery.Failed(null, e is TaskCanceledException ? $"No answer within {Timeout.TotalSeconds} seconds." : e.Message, clock.GetUtcNow());
        }
        return false;
    }
}
