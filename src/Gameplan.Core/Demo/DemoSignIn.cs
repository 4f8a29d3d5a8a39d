namespace Gameplan.Core.Demo;

/// <summary>
/// The record that an organisation was seeded as the demo: the password hash its seeded accounts
/// were given, and whether the sign-in page may list them. An account is a demo account only while
/// its stored hash is still this one, so an account added later (even with the demo password, which
/// hashes with another salt) or one whose password was changed is never listed.
/// </summary>
public sealed class DemoSignIn
{
    private DemoSignIn() { }

    public DemoSignIn(int organizationId, string passwordHash)
    {
        OrganizationId = organizationId;
        PasswordHash = passwordHash;
    }

    public int OrganizationId { get; private set; }

    public string PasswordHash { get; private set; } = "";

    /// <summary>True until an admin turns the list off on the organisation's settings page.</summary>
    public bool Listed { get; private set; } = true;

    public void List(bool listed) => Listed = listed;
}
