using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Puts every request's database work inside one organisation, in one place. Until sign-in
/// exists, that is the first organisation of the database (the demo, on a fresh install).
/// </summary>
internal sealed class OrganizationScope(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, GameplanDbContext db)
    {
        db.OrganizationScope = null;
        var organization = await db.Organizations.OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefaultAsync(context.RequestAborted);
        db.OrganizationScope = organization ?? -1;
        await next(context);
    }
}
