using Gameplan.Core;
using Gameplan.Core.Notifications;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Notifications;

/// <summary>
/// Your digest frequency (/api/v1/me/notifications) and the organisation's e-mail settings
/// (/api/v1/organization/email, admins; the SMTP password is written, never read back).
/// </summary>
internal static class NotificationsApi
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/notifications").WithTags("Notifications");
        me.MapGet("/", async (HttpContext http, NotificationCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.GetAsync(Me(http), ct)))
            .WithName("GetMyNotifications").WithSummary("How often you get the e-mail digest of your inbox (daily, weekly or off; daily until you choose).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        me.MapPut("/", async (HttpContext http, NotificationSettingsRequest request, NotificationCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeAsync(Me(http), request.Frequency!.Value, ct)))
            .Validated<NotificationSettingsRequest>()
            .WithName("SetMyNotifications").WithSummary("Chooses how often you get the digest: daily, weekly (on the organisation's digest day) or off.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var email = api.MapGroup("/organization/email").WithTags("Notifications").RequireAuthorization(Policies.Admin);
        email.MapGet("/", async (EmailCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.GetAsync(ct)))
            .WithName("GetOrganizationEmail").WithSummary("The organisation's SMTP settings (admins); has_password says whether a password is stored, which is never returned.");
        email.MapPut("/", async (EmailSettingsRequest request, EmailCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeAsync(request, ct)))
            .Validated<EmailSettingsRequest>()
            .WithName("UpdateOrganizationEmail")
            .WithSummary("Replaces the SMTP settings (admins). password: null or absent keeps the stored one, \"\" removes it. A blank host turns e-mail off.")
            .ProducesValidationProblem();
        email.MapPost("/test", async (TestEmailRequest request, EmailCommands commands, CancellationToken ct) =>
            {
                await commands.SendTestAsync(request.To ?? "", ct);
                return TypedResults.NoContent();
            })
            .Validated<TestEmailRequest>()
            .RequireRateLimiting(RateLimits.Credentials)
            .WithName("SendTestEmail").WithSummary("Sends a test e-mail with the stored settings (admins); a refusal gives the server's answer.")
            .ProducesValidationProblem();
    }

    private static int Me(HttpContext http) => http.User.PersonId() ?? throw new NotFoundException("Your person");
}
