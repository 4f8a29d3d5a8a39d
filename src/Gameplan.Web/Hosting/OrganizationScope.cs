using Gameplan.Core.Data;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Puts every request's database work inside the signed-in person's organisation, in one place, and
/// names them in the audit log. An anonymous request sees no organisation at all.
/// </summary>
internal sealed class OrganizationScope(RequestDelegate next)
{
    private const int Nobody = -1;

    public async Task InvokeAsync(HttpContext context, GameplanDbContext db)
    {
        db.OrganizationScope = context.User.OrganizationId() ?? Nobody;
        db.AuditActor = context.User.Identity?.IsAuthenticated == true ? context.User.AuditName() : "anonymous";
        await next(context);
    }
}
