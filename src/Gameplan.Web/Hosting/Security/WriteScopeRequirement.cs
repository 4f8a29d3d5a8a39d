using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>Writes need a write-capable principal: any cookie session, or a token issued for writing.</summary>
internal sealed class WriteScopeRequirement : AuthorizationHandler<WriteScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WriteScopeRequirement requirement)
    {
        if (context.User.CanWrite())
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
