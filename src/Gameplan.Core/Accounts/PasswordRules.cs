namespace Gameplan.Core.Accounts;

/// <summary>
/// Password policy after OWASP ASVS 5 (level 2): at least 8 characters (15 recommended), long
/// passphrases allowed, no composition rules; PBKDF2 with 210,000 iterations.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;

    public const int RecommendedLength = 15;

    public const int MaxLength = 128;

    public const int Pbkdf2Iterations = 210_000;

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
}
