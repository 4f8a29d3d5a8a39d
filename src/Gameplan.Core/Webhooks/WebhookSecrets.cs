using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Gameplan.Core.Webhooks;

/// <summary>
/// Webhook secrets (kept as Data Protection ciphertext) and signatures: <c>X-Gameplan-Signature: sha256=</c>
/// followed by the lower-case hex HMAC-SHA256 of the raw body under the secret.
/// </summary>
public static class WebhookSecrets
{
    public const string Purpose = "Gameplan.Webhooks.Secret";

    public const string SignatureHeader = "X-Gameplan-Signature";

    public static string NewSecret() => "gpwh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Protect(IDataProtectionProvider protection, string secret) => protection.CreateProtector(Purpose).Protect(secret);

    public static string Unprotect(IDataProtectionProvider protection, string stored) => protection.CreateProtector(Purpose).Unprotect(stored);

    /// <summary>The header's value for <paramref name="body"/>.</summary>
    public static string Sign(string secret, byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
