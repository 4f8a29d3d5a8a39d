using Gameplan.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Every authorisation rule of the app, by name. Endpoints and pages only name a policy; the
/// decisions live in <see cref="PlanAccessHandler"/> (which asks the domain's PlanAccess) and the
/// role and scope requirements here. Membership includes <see cref="ChangesNeedWriteScope"/>: any
/// request that is not a read needs a write-capable principal. See docs/access.md for the matrix.
/// </summary>
internal static class Policies
{
    public const string Member = "member";
    public const string PlanRead = "plan:read";
    public const string PlanEdit = "plan:edit";
    public const string PlanDraftTactics = "plan:draft-tactics";
    public const string PlanApprove = "plan:approve";

    /// <summary>Discuss a plan: read it, with a principal that may write (comments change nothing in the plan itself).</summary>
    public const string PlanComment = "plan:comment";
    public const string Admin = "admin";

    /// <summary>Add the organisation's templates (upload one, save a plan as one): admins and executives (ADR 0029).</summary>
    public const string TemplateAuthor = "templates:add";
    public const string Write = "write";

    /// <summary>Read a team's home (who is on pace, plans waiting, reviews): managers, executives and admins.</summary>
    public const string TeamLead = "team:lead";

    /// <summary>Read the organisation-wide views (the executive's home): executives and admins.</summary>
    public const string OrganizationView = "organization:view";

    /// <summary>Manage the installation's organisations: accounts the CLI made system administrators, signed in by cookie (ADR 0051).</summary>
    public const string SystemAdministrator = "system-admin";

    public static void Add(AuthorizationOptions options)
    {
        // Every policy below combines this one, so a read-only token is refused every change everywhere.
        var member = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(GameplanClaims.Organization)
            .AddRequirements(new ChangesNeedWriteScope()).Build();
        options.DefaultPolicy = member;
        options.FallbackPolicy = member;
        options.AddPolicy(Member, member);
        options.AddPolicy(PlanRead, p => p.Combine(member).AddRequirements(new PlanAccessRequirement(PlanPermission.Read)));
        options.AddPolicy(PlanEdit, p => p.Combine(member).AddRequirements(new WriteScopeRequirement(), new PlanAccessRequirement(PlanPermission.Edit)));
        options.AddPolicy(PlanDraftTactics, p => p.Combine(member).AddRequirements(new WriteScopeRequirement(), new PlanAccessRequirement(PlanPermission.DraftTactics)));
        options.AddPolicy(PlanApprove, p => p.Combine(member).AddRequirements(new WriteScopeRequirement(), new PlanAccessRequirement(PlanPermission.Approve)));
        options.AddPolicy(PlanComment, p => p.Combine(member).AddRequirements(new WriteScopeRequirement(), new PlanAccessRequirement(PlanPermission.Read)));
        options.AddPolicy(Write, p => p.Combine(member).AddRequirements(new WriteScopeRequirement()));
        options.AddPolicy(TemplateAuthor, p => p.Combine(member).AddRequirements(new WriteScopeRequirement())
            .RequireRole(nameof(Domain.People.PersonRole.Admin), nameof(Domain.People.PersonRole.Executive)));
        options.AddPolicy(TeamLead, p => p.Combine(member)
            .RequireRole(nameof(Domain.People.PersonRole.Admin), nameof(Domain.People.PersonRole.Executive), nameof(Domain.People.PersonRole.Manager)));
        options.AddPolicy(OrganizationView, p => p.Combine(member)
            .RequireRole(nameof(Domain.People.PersonRole.Admin), nameof(Domain.People.PersonRole.Executive)));
        options.AddPolicy(SystemAdministrator, p => p.Combine(member).AddRequirements(new WriteScopeRequirement()).RequireClaim(GameplanClaims.SystemAdministrator, "true"));
        options.AddPolicy(Admin, p => p.Combine(member).AddRequirements(new WriteScopeRequirement()).RequireRole(nameof(Domain.People.PersonRole.Admin)));
    }
}
