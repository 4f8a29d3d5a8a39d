using Gameplan.Core.Accounts;
using Gameplan.Core.Audit;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>Accounts, sessions, single sign-on, API tokens, the demo's sign-in list, the audit log and the data-protection key ring.</summary>
internal static class AccountConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<UserAccount>(u =>
        {
            u.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            u.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.ClientNoAction);
            u.HasIndex(x => x.PersonId).IsUnique();
        });

        model.Entity<ApiToken>(t =>
        {
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Prefix).HasMaxLength(16);
            t.Property(x => x.Hash).HasMaxLength(32);
            t.HasIndex(x => x.Hash).IsUnique();
            t.HasIndex(x => x.UserId);
            t.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            t.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<SingleSignOn.SingleSignOnSettings>(s =>
        {
            s.ToTable("SingleSignOn");
            s.Property(x => x.Issuer).HasMaxLength(500);
            s.Property(x => x.ClientId).HasMaxLength(200);
            s.Property(x => x.ProtectedClientSecret).HasMaxLength(4000);
            s.Property(x => x.Scopes).HasMaxLength(500);
            s.Property(x => x.EmailClaim).HasMaxLength(100);
            s.Property(x => x.EmailDomains).HasMaxLength(1000);
            s.Ignore(x => x.ScopeList);
            s.Ignore(x => x.DomainList);
            s.HasIndex(x => x.OrganizationId).IsUnique();
            s.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<SignInSession>(s =>
        {
            s.ToTable("Sessions");
            s.Property(x => x.Id).HasMaxLength(64);
            s.HasIndex(x => x.UserId);
            s.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Demo.DemoSignIn>(d =>
        {
            d.HasKey(x => x.OrganizationId);
            d.Property(x => x.OrganizationId).ValueGeneratedNever();
            d.HasOne<Organization>().WithOne().HasForeignKey<Demo.DemoSignIn>(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<AuditEntry>(a =>
        {
            a.ToTable("AuditLog");
            a.Property(x => x.Actor).HasMaxLength(200);
            a.Property(x => x.Action).HasMaxLength(20);
            a.Property(x => x.EntityType).HasMaxLength(20);
            a.Property(x => x.Summary).HasMaxLength(600);
            a.HasIndex(x => new { x.OrganizationId, x.PlanId, x.At });
            a.HasIndex(x => new { x.OrganizationId, x.EntityType, x.EntityId });
            a.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<DataProtectionKey>(k =>
        {
            k.Property(x => x.FriendlyName).HasMaxLength(200);
        });
    }
}
