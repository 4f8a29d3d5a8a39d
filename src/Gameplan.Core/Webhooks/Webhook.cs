using Gameplan.Domain;
using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Webhooks;

/// <summary>
/// An address an admin registered to be told about events (JSON POSTs signed with HMAC-SHA256 of the
/// body under <see cref="ProtectedSecret"/>'s secret, kept with Data Protection and shown once, when made).
/// </summary>
public sealed class Webhook
{
    public const int MaxUrlLength = 2000;

    private Webhook() { }

    public Webhook(int organizationId, string url, IEnumerable<WebhookEvent> events, string protectedSecret, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        ProtectedSecret = protectedSecret;
        CreatedAt = now;
        Change(url, events, true);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public string Url { get; private set; } = "";

    /// <summary>The events, as snake_case names separated by commas.</summary>
    public string Events { get; private set; } = "";

    public string ProtectedSecret { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<WebhookEvent> EventList => WebhookEvents.Parse(Events);

    public bool Wants(WebhookEvent e) => EventList.Contains(e);

    /// <summary>Changes the address, the events and whether it is active; checks the address is http(s) and at least one event is chosen.</summary>
    public void Change(string url, IEnumerable<WebhookEvent> events, bool active)
    {
        var address = url?.Trim() ?? "";
        if (address.Length > MaxUrlLength)
        {
            throw new DomainRuleException($"The url is longer than {MaxUrlLength} characters.", "url");
        }
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            throw new DomainRuleException("The url must be an absolute http or https address.", "url");
        }
        var chosen = events.Distinct().Order().ToList();
        if (chosen.Count == 0 || chosen.Any(e => !Enum.IsDefined(e)))
        {
            throw new DomainRuleException("Choose at least one event: " + string.Join(", ", Enum.GetValues<WebhookEvent>().Select(WebhookEvents.Name)) + ".", "events");
        }
        (Url, Events, Active) = (address, string.Join(',', chosen.Select(WebhookEvents.Name)), active);
    }
}
