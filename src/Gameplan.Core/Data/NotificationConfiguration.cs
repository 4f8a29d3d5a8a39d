using Gameplan.Core.Notifications;
using Gameplan.Core.Scheduling;
using Gameplan.Core.Webhooks;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>E-mail settings (one per organisation), digest subscriptions and log, scheduler leases, webhooks and their deliveries.</summary>
internal static class NotificationConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<EmailSettings>(e =>
        {
            e.ToTable("EmailSettings");
            e.Property(x => x.Host).HasMaxLength(255);
            e.Property(x => x.Tls).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.UserName).HasMaxLength(255);
            e.Property(x => x.ProtectedPassword).HasMaxLength(2000);
            e.Property(x => x.FromAddress).HasMaxLength(254);
            e.Property(x => x.BaseUrl).HasMaxLength(500);
            e.Property(x => x.DigestDay).HasConversion<int>();
            e.Property(x => x.SigningKey).HasMaxLength(32);
            e.HasIndex(x => x.OrganizationId).IsUnique();
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DigestSubscription>(s =>
        {
            s.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
            s.Property(x => x.Ledger).HasMaxLength(100_000);
            s.HasIndex(x => x.PersonId).IsUnique();
            s.HasIndex(x => x.OrganizationId);
            s.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DigestLogEntry>(l =>
        {
            l.ToTable("DigestLog");
            l.Property(x => x.Items).HasMaxLength(100_000);
            l.HasIndex(x => new { x.PersonId, x.SentAt });
            l.HasIndex(x => x.OrganizationId);
            l.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            l.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SchedulerLease>(l =>
        {
            l.HasKey(x => x.Name);
            l.Property(x => x.Name).HasMaxLength(50);
            l.Property(x => x.Holder).HasMaxLength(200);
        });
        model.Entity<Webhook>(w =>
        {
            w.Property(x => x.Url).HasMaxLength(Webhook.MaxUrlLength);
            w.Property(x => x.Events).HasMaxLength(200);
            w.Property(x => x.ProtectedSecret).HasMaxLength(2000);
            w.Ignore(x => x.EventList);
            w.HasIndex(x => x.OrganizationId);
            w.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<WebhookDelivery>(d =>
        {
            d.Property(x => x.Event).HasConversion<string>().HasMaxLength(30);
            d.Property(x => x.Payload).HasMaxLength(100_000);
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
            d.HasIndex(x => new { x.WebhookId, x.Id });
            d.HasIndex(x => x.Status);
            d.HasIndex(x => x.OrganizationId);
            d.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            d.HasOne<Webhook>().WithMany().HasForeignKey(x => x.WebhookId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
