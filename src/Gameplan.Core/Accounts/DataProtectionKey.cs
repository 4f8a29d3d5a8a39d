namespace Gameplan.Core.Accounts;

/// <summary>
/// One ASP.NET Core data-protection key ring element, kept in the database so that a restart or a
/// second instance can still read the cookies and antiforgery tokens the first one issued.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
