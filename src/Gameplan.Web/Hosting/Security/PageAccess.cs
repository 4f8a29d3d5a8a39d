using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Which policy guards which page. Every page not named here needs a signed-in member of an
/// organisation (the fallback policy); only sign-in (with a password or single sign-on), setup and the denied page are anonymous.
/// </summary>
internal static class PageAccess
{
    public static void Apply(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Plans/Details", Policies.PlanRead);
        pages.AuthorizePage("/Plans/Edit", Policies.PlanEdit);
        pages.AuthorizePage("/Plans/Delete", Policies.PlanEdit);
        pages.AuthorizePage("/Plans/Import", Policies.Admin);
        pages.AuthorizePage("/Pace/Plan", Policies.PlanRead);
        pages.AuthorizePage("/Funnels/Plan", Policies.PlanRead);
        pages.AuthorizePage("/Funnels/Edit", Policies.PlanEdit);
        pages.AuthorizePage("/Comments/Index", Policies.PlanRead);
        pages.AuthorizePage("/Versions/Index", Policies.PlanRead);
        pages.AuthorizeFolder("/Goals", Policies.PlanEdit);
        pages.AuthorizeFolder("/Strategies", Policies.PlanEdit);
        pages.AuthorizePage("/Reviews/New", Policies.PlanEdit);
        pages.AuthorizePage("/Reviews/Edit", Policies.PlanEdit);
        // Read with the plan; who reads a one-on-one and who changes what is checked in Core (ReviewAccess).
        pages.AuthorizePage("/Reviews/Workspace", Policies.PlanRead);
        pages.AuthorizeFolder("/Tactics", Policies.PlanDraftTactics);
        pages.AuthorizeFolder("/Commitments", Policies.PlanDraftTactics);
        pages.AuthorizePage("/People/New", Policies.Admin);
        pages.AuthorizePage("/People/Edit", Policies.Admin);
        pages.AuthorizePage("/Teams/New", Policies.Admin);
        pages.AuthorizePage("/Teams/Edit", Policies.Admin);
        pages.AuthorizePage("/Organizations/Settings", Policies.Admin);
        pages.AuthorizePage("/Organizations/Installation", Policies.SystemAdministrator);
        pages.AuthorizePage("/Notifications/Email", Policies.Admin);
        pages.AuthorizePage("/Webhooks/Index", Policies.Admin);
        pages.AuthorizePage("/Activities/Mappings", Policies.Admin);
        pages.AuthorizePage("/Templates/New", Policies.TemplateAuthor);
        pages.AuthorizePage("/Templates/Delete", Policies.Admin);
        // Saving a plan as a template reads the plan and adds a template: both policies hold.
        pages.AuthorizePage("/Plans/Template", Policies.PlanRead);
        pages.AuthorizePage("/Plans/Template", Policies.TemplateAuthor);
        // The homes of the roles (issue #17): a team's for those who lead teams, the organisation's for executives and admins.
        pages.AuthorizePage("/Home/Team", Policies.TeamLead);
        pages.AuthorizePage("/Home/Organization", Policies.OrganizationView);
        pages.AuthorizePage("/Home/Setup", Policies.Admin);
        // Search (issue #17): any member; what it finds is limited in Core to the plans they may read.
        pages.AuthorizePage("/Search/Index", Policies.Member);
        pages.AllowAnonymousToPage("/Account/SignIn");
        pages.AllowAnonymousToPage("/Account/Setup");
        pages.AllowAnonymousToPage("/Account/Denied");
        // Single sign-on: the provider is the credential; the complete page checks who it signed in.
        pages.AllowAnonymousToPage("/Account/SingleSignOn");
        pages.AllowAnonymousToPage("/Account/SingleSignOnComplete");
        pages.AllowAnonymousToPage("/Account/SingleSignOnRefused");
        // The digest's unsubscribe link: its signed token is the credential.
        pages.AllowAnonymousToPage("/Notifications/Unsubscribe");
    }
}
