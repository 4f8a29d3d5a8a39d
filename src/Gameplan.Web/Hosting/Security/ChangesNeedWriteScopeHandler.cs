using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>Decides <see cref="ChangesNeedWriteScope"/> from the request's method and the principal's scope.</summary>
internal sealed class ChangesNeedWriteScopeHandler(IHttpContextAccessor accessor) : AuthorizationHandler<ChangesNeedWriteScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ChangesNeedWriteScope requirement)
    {
        // Policies are evaluated for requests only; without one, nothing is granted.
        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        if (http is not null && (IsRead(http.Request.Method) || context.User.CanWrite()))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
