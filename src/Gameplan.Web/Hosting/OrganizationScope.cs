using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Puts every request's database work inside the signed-in person's organisation, in one place, names
/// them in the audit log, makes "today" their day and days read as their organisation writes them
/// (<see cref="DateStyle"/>). An anonymous request sees no organisation at all.
/// </summary>
internal sealed class OrganizationScope(RequestDelegate next)
{
    private const int Nobody = -1;

    public async Task InvokeAsync(HttpContext context, GameplanDbContext db, OrganizationClock today, OrganizationQueries organization)
    {
        today.PersonId = context.User.PersonId();
        db.OrganizationScope = context.User.OrganizationId() ?? Nobody;
        db.AuditActor = context.User.Identity?.IsAuthenticated == true ? context.User.AuditName() : "anonymous";
        if (context.User.OrganizationId() is null)
        {
            await next(context);
            return;
        }
        using (DateStyle.Use(await organization.DateStyleAsync(context.RequestAborted)))
        {
            await next(context);
        }
    }
}
