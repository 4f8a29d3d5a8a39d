using Gameplan.Core.Organizations;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Organizations;

/// <summary>/api/v1/organization: the signed-in person's organisation; its critique settings (admins change them).</summary>
internal static class OrganizationApi
{
    public static void MapOrganization(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organization").WithTags("Organization");

        group.MapGet("/settings", async (OrganizationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetSettingsAsync(ct)))
            .WithName("GetOrganizationSettings")
            .WithSummary("Reads the organisation's critique settings; a null field takes the default (plan files' settings, with the same names).");

        group.MapPut("/settings", async (PlanningSettingsInput request, OrganizationCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeSettingsAsync(request, ct)))
            .Validated<PlanningSettingsInput>()
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateOrganizationSettings")
            .WithSummary("Replaces the organisation's critique settings (admins); a plan's own settings still override them field by field.");
    }
}
