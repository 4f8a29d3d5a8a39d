using System.Security.Cryptography;
using System.Text;

namespace Gameplan.Core.Notifications;

/// <summary>
/// The signed token in a digest's unsubscribe link: <c>{organisation}.{person}.{signature}</c>, the signature
/// being HMAC-SHA256 of <c>unsubscribe:{organisation}:{person}</c> under the organisation's signing key
/// (<see cref="EmailSettings.SigningKey"/>), in base64url. It works without signing in and does one thing:
/// turns that person's digest off.
/// </summary>
public static class UnsubscribeTokens
{
    public const int MaxLength = 100;

    public static string Make(int organizationId, int personId, byte[] key) =>
        $"{organizationId}.{personId}.{Base64Url(Sign(organizationId, personId, key))}";

    /// <summary>The organisation and person a token names, without checking it (null: not shaped like one).</summary>
    public static (int Organization, int Person)? Read(string? token)
    {
        var parts = (token ?? "").Split('.');
        return token is { Length: <= MaxLength } && parts.Length == 3
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var organization)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var person)
            ? (organization, person)
            : null;
    }

    /// <summary>Whether <paramref name="token"/> was signed with <paramref name="key"/> (compared in constant time).</summary>
    public static bool Verify(string token, byte[] key)
    {
        if (Read(token) is not { } named)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Make(named.Organization, named.Person, key));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token));
    }

    private static byte[] Sign(int organizationId, int personId, byte[] key) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"unsubscribe:{organizationId}:{personId}"));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
