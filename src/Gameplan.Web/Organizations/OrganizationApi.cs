using Gameplan.Core.Organizations;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Organizations;

/// <summary>/api/v1/organization: the signed-in person's organisation; its critique settings and time zone (admins change them).</summary>
internal static class OrganizationApi
{
    public static void MapOrganization(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organization").WithTags("Organization");

        group.MapGet("/settings", async (OrganizationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetSettingsAsync(ct)))
            .WithName("GetOrganizationSettings")
            .WithSummary("Reads the organisation's critique settings (a null field takes the default; plan files' settings, with the same names) and its time_zone (an IANA id, UTC until chosen).");

        group.MapPut("/settings", async (OrganizationSettingsInput request, OrganizationCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeSettingsAsync(request, ct)))
            .Validated<OrganizationSettingsInput>()
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateOrganizationSettings")
            .WithSummary("Replaces the organisation's critique settings (admins); a plan's own settings still override them field by field. time_zone (an IANA id) is changed when given, kept when null or absent.");
    }
}
