using Microsoft.AspNetCore.Antiforgery;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// A change through the API made with the sign-in cookie (not a bearer token) must carry the
/// antiforgery token (header <c>RequestVerificationToken</c>, as the pages' forms do), so another site
/// cannot make a signed-in browser change data (ADR 0048). Bearer-token calls carry no ambient
/// credential and are left as they are; reads are never refused.
/// </summary>
internal static class ApiAntiforgery
{
    public static RouteGroupBuilder RequireAntiforgeryForCookies(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var method = http.Request.Method;
            var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
            var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!safe && !bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return TypedResults.Problem(
                    title: "This change needs the antiforgery token or a bearer token.",
                    detail: "A change made with the sign-in cookie must send the page's antiforgery token in the RequestVerificationToken header; scripts and integrations use a personal access token (Authorization: Bearer ...).",
                    statusCode: StatusCodes.Status400BadRequest);
            }
            return await next(context);
        });
        return api;
    }
}
