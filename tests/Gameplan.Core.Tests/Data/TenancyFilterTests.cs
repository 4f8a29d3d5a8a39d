using System.Linq.Expressions;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gameplan.Core.Tests.Data;

/// <summary>
/// Tenancy cannot be forgotten: every entity of the model either carries the organisation and has a
/// query filter on it, or is a part of an aggregate whose root does (reached through required
/// foreign keys only), or is named below with the reason it is installation-wide. A new entity that
/// fits none of these fails here before it can leak one organisation's rows to another.
/// </summary>
public sealed class TenancyFilterTests
{
    /// <summary>Entities outside any organisation's scope, on purpose.</summary>
    private static readonly Dictionary<string, string> InstallationWide = new()
    {
        ["DataProtectionKey"] = "the key ring that signs cookies and antiforgery tokens for the whole installation",
        // Sign-in must find an account by e-mail before any organisation is known; every later read
        // goes through the person, whose filter applies.
        ["SchedulerLease"] = "one row per background job, so two app instances never run it at once, whatever organisation it serves",
        ["UserAccount"] = "sign-in looks an account up before an organisation is in scope",
        ["IdentityUserClaim<int>"] = "part of the sign-in account",
        ["IdentityUserLogin<int>"] = "part of the sign-in account",
        ["IdentityUserToken<int>"] = "part of the sign-in account",
    };

    private static IModel Model()
    {
        using var db = GameplanDatabase.Open(DatabaseSettings.Sqlite(Path.Combine(Path.GetTempPath(), "gameplan-model-only.db")));
        return db.Model;
    }

    [Fact]
    public void Every_entity_that_carries_the_organisation_is_filtered_by_the_scope()
    {
        var unfiltered = Model().GetEntityTypes()
            .Where(e => e.FindProperty("OrganizationId") is not null || e.ClrType.Name == "Organization")
            .Where(e => !InstallationWide.ContainsKey(e.DisplayName()))
            .Where(e => !FiltersOnTheScope(e))
            .Select(e => e.DisplayName())
            .ToList();

        Assert.True(unfiltered.Count == 0,
            "These entities carry an organisation but no query filter on GameplanDbContext.OrganizationScope: " + string.Join(", ", unfiltered));
    }

    [Fact]
    public void Every_other_entity_belongs_to_a_filtered_aggregate_or_is_named_installation_wide()
    {
        var model = Model();
        var orphans = model.GetEntityTypes()
            .Where(e => e.FindProperty("OrganizationId") is null && e.ClrType.Name != "Organization")
            .Where(e => !InstallationWide.ContainsKey(e.DisplayName()))
            .Where(e => !ReachesAFilteredRoot(e, []))
            .Select(e => e.DisplayName())
            .ToList();

        Assert.True(orphans.Count == 0,
            "These entities carry no organisation and hang from no filtered aggregate by a required key: " + string.Join(", ", orphans)
            + ". Give them an OrganizationId and a filter, or make them part of an aggregate.");
    }

    [Fact]
    public void Parts_of_an_aggregate_are_not_queried_on_their_own()
    {
        var parts = Model().GetEntityTypes()
            .Where(e => e.FindProperty("OrganizationId") is null && e.ClrType.Name != "Organization")
            .Where(e => !InstallationWide.ContainsKey(e.DisplayName()))
            .Select(e => e.ClrType)
            .ToHashSet();
        var exposed = typeof(GameplanDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Where(p => parts.Contains(p.PropertyType.GetGenericArguments()[0]))
            .Select(p => p.Name)
            .ToList();

        Assert.True(exposed.Count == 0, "These sets would read aggregate parts past their root's filter: " + string.Join(", ", exposed));
    }

    [Fact]
    public void The_installation_wide_list_names_only_entities_that_exist()
    {
        var names = Model().GetEntityTypes().Select(e => e.DisplayName()).ToHashSet();

        Assert.All(InstallationWide.Keys, name => Assert.Contains(name, names));
    }

    [Fact]
    public void A_filter_that_ignores_the_scope_is_not_taken_for_tenancy()
    {
        Expression<Func<Sample, bool>> notTenancy = s => s.OrganizationId > 0;
        Expression<Func<Sample, bool>> tenancy = s => Scope == null || s.OrganizationId == Scope;

        Assert.False(MentionsScopeAndOrganization(notTenancy));
        Assert.True(MentionsScopeAndOrganization(tenancy));
    }

    private static int? Scope => null;

    private static bool FiltersOnTheScope(IEntityType entity) =>
        entity.GetDeclaredQueryFilters().Any(f => f.Expression is { } e && MentionsScopeAndOrganization(e));

    private static bool MentionsScopeAndOrganization(LambdaExpression filter)
    {
        var members = new MemberNames();
        members.Visit(filter.Body);
        return members.Names.Contains(nameof(GameplanDbContext.OrganizationScope)) || members.Names.Contains(nameof(Scope))
            ? members.Names.Contains("OrganizationId") || members.Names.Contains("Id")
            : false;
    }

    /// <summary>Part of an aggregate: a required foreign key (or ownership) leads to a filtered entity.</summary>
    private static bool ReachesAFilteredRoot(IEntityType entity, HashSet<IEntityType> seen)
    {
        if (!seen.Add(entity))
        {
            return false;
        }
        if (entity.FindProperty("OrganizationId") is not null && FiltersOnTheScope(entity))
        {
            return true;
        }
        return entity.GetForeignKeys()
            .Where(fk => fk.IsRequired || fk.IsOwnership)
            .Any(fk => ReachesAFilteredRoot(fk.PrincipalEntityType, seen));
    }

    private sealed class MemberNames : ExpressionVisitor
    {
        public HashSet<string> Names { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            Names.Add(node.Member.Name);
            return base.VisitMember(node);
        }
    }

    private sealed record Sample(int OrganizationId);
}
