using Microsoft.AspNetCore.Identity;

namespace Gameplan.Core.Accounts;

/// <summary>
/// A sign-in account (ASP.NET Core Identity). Every account belongs to one organisation and is one
/// person in it; the person's role decides what the account may do. User names are e-mail
/// addresses, unique across the installation.
/// </summary>
public sealed class UserAccount : IdentityUser<int>
{
    public int OrganizationId { get; set; }

    public int PersonId { get; set; }

    /// <summary>
    /// Whether the account may also manage the installation's organisations (create, suspend, delete).
    /// Granted and revoked only by <c>gameplan system-admin</c>, never through the web app.
    /// </summary>
    public bool IsSystemAdministrator { get; set; }
}
