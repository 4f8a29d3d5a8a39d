using Gameplan.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Keeps each cookie session's ticket in the database (<see cref="SessionCommands"/>); the cookie holds
/// only the key. A session that was ended is not found, so a replayed cookie is no longer signed in.
/// The cookie handler is a singleton, so each call opens its own scope.
/// </summary>
internal sealed class DatabaseTicketStore(IServiceScopeFactory scopes) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var userId = ticket.Principal.UserId() ?? throw new InvalidOperationException("A session needs an account id.");
        await using var scope = scopes.CreateAsyncScope();
        return await Sessions(scope).StartAsync(userId, TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc);
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope).RenewAsync(key, TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Sessions(scope).FindAsync(key) is { } ticket ? TicketSerializer.Default.Deserialize(ticket) : null;
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope).EndAsync(key);
    }

    private static SessionCommands Sessions(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SessionCommands>();
}
