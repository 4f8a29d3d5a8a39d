using Gameplan.Core;
using Gameplan.Core.Accounts;
using Gameplan.Domain.Access;

namespace Gameplan.Web.Hosting.Security;

/// <summary>The signed-in person of this request, as the access rules see them (read once per request).</summary>
public sealed class CurrentUser(IHttpContextAccessor http, AccountCommands accounts)
{
    private Actor? _actor;

    public async Task<Actor> ActorAsync(CancellationToken ct)
    {
        if (_actor is not null)
        {
            return _actor;
        }
        var principal = http.HttpContext?.User;
        var user = principal?.UserId() is { } id ? await accounts.FindAsync(id, ct) : null;
        return _actor = user is null
            ? throw new AccessDeniedException("Sign in first.")
            : await accounts.ActorAsync(user, ct);
    }
}
