using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Domain;

namespace Gameplan.Core.SingleSignOn;

/// <summary>What a single sign-on setting may be, each refusal naming its field.</summary>
internal static partial class SingleSignOnRules
{
    /// <summary>
    /// An absolute https address without query or fragment (http only on this machine's loopback, for a
    /// provider under test), without a trailing slash unless it is the bare host; empty only when sign-on is off.
    /// </summary>
    public static string Issuer(string? value, bool required)
    {
        var issuer = (value ?? "").Trim();
        if (issuer.Length == 0)
        {
            return required ? throw new DomainRuleException("Give the provider's issuer, the https address its discovery document is under.", "issuer") : "";
        }
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new DomainRuleException($"'{issuer}' is not an issuer: give the provider's https address, such as https://login.example.com/realms/acme.", "issuer");
        }
        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            throw new DomainRuleException("The issuer must be an https address (http only for a provider on this machine).", "issuer");
        }
        return issuer;
    }

    /// <summary>Space-separated scope tokens (RFC 6749 §3.3), <c>openid</c> always first.</summary>
    public static string Scopes(string? value)
    {
        var scopes = (value ?? "").Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (scopes.FirstOrDefault(s => !ScopeToken().IsMatch(s)) is { } bad)
        {
            throw new DomainRuleException($"'{bad}' is not a scope: scopes are words without quotes or backslashes, separated by spaces.", "scopes");
        }
        if (scopes.Count == 0)
        {
            return SingleSignOnSettings.DefaultScopes;
        }
        var joined = string.Join(' ', scopes.Where(s => s != "openid").Prepend("openid"));
        return joined.Length <= 500 ? joined : throw new DomainRuleException("The scopes are at most 500 characters.", "scopes");
    }

    /// <summary>A claim name (letters, digits, <c>_ - . : /</c>); blank is <c>email</c>.</summary>
    public static string Claim(string? value)
    {
        var claim = (value ?? "").Trim();
        if (claim.Length == 0)
        {
            return SingleSignOnSettings.DefaultEmailClaim;
        }
        return claim.Length <= 100 && ClaimName().IsMatch(claim)
            ? claim
            : throw new DomainRuleException($"'{claim}' is not a claim name such as email, preferred_username or upn.", "email_claim");
    }

    /// <summary>Domains separated by spaces or commas, lower-cased, each a host name with a dot.</summary>
    public static string Domains(string? value)
    {
        var domains = (value ?? "").Split([' ', ',', ';', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.TrimStart('@').ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (domains.FirstOrDefault(d => d.Length > 253 || !DomainName().IsMatch(d)) is { } bad)
        {
            throw new DomainRuleException($"'{bad}' is not an e-mail domain such as acme.example.", "email_domains");
        }
        var joined = string.Join(' ', domains);
        return joined.Length <= 1000 ? joined : throw new DomainRuleException("The e-mail domains are at most 1,000 characters.", "email_domains");
    }

    public static bool IsEmail(string value) => value.Length is > 2 and <= 254 && EmailAddress().IsMatch(value);

    /// <summary>The provider's name for the person, else the e-mail's local part.</summary>
    public static string NameOf(string? name, string email)
    {
        var trimmed = (name ?? "").Trim();
        return trimmed.Length is > 0 and <= 200 && !trimmed.Any(char.IsControl) ? trimmed : email[..email.IndexOf('@')];
    }

    /// <summary>The e-mail's local part made a handle: lower case, other characters as '-', a letter first, at most 40.</summary>
    public static string HandleStem(string email)
    {
        var local = new string(email[..email.IndexOf('@')].Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '-').ToArray());
        if (local.Length == 0 || local[0] is < 'a' or > 'z')
        {
            local = "p" + local;
        }
        return local[..Math.Min(local.Length, 40)];
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex(@"^[\x21\x23-\x5B\x5D-\x7E]{1,100}$")]
    private static partial Regex ScopeToken();

    [GeneratedRegex(@"^[A-Za-z0-9_.:/-]+$")]
    private static partial Regex ClaimName();

    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex DomainName();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();
}
