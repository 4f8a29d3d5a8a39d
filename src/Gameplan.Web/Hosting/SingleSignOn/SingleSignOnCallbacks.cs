namespace Gameplan.Web.Hosting.SingleSignOn;

/// <summary>
/// Before authentication runs: an answer at <c>/signin-oidc/{id}</c> finds its organisation's scheme
/// ready on whichever instance it lands on; an organisation whose single sign-on is off (or unknown)
/// gets the refusal page, never a 404 or a 500.
/// </summary>
internal sealed class SingleSignOnCallbacks(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SingleSignOnSchemes schemes)
    {
        if (context.Request.Path.StartsWithSegments(SingleSignOnSchemes.CallbackPath, out var rest))
        {
            var id = rest.Value?.Trim('/');
            if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var organizationId)
                || await schemes.PrepareAsync(organizationId, context.RequestAborted) is null)
            {
                context.Response.Redirect("/account/sso/refused?reason=off");
                return;
            }
        }
        await next(context);
    }
}
