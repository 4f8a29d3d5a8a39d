using System.Security.Cryptography;
using System.Text;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Accounts;

/// <summary>Personal access tokens: created with a secret shown once, listed, revoked, and checked on each API call.</summary>
public sealed class TokenCommands(GameplanDbContext db, AccountCommands accounts, TimeProvider clock, TokenUse use)
{
    private const string SecretPrefix = "gp_";

    public async Task<CreatedToken> CreateAsync(int userId, TokenRequest request, CancellationToken ct = default)
    {
        var organization = await db.Users.Where(u => u.Id == userId).Select(u => (int?)u.OrganizationId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Account {userId}");
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var token = new ApiToken(organization, userId, request.Name.Trim(), secret[..10], Hash(secret), request.CanWrite, now, now.AddDays(request.ExpiresInDays));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedToken(Summary(token), secret);
    }

    /// <summary>The tokens of one account, newest first (an admin may list anyone's in the organisation).</summary>
    public async Task<IReadOnlyList<TokenSummary>> ListAsync(int userId, CancellationToken ct = default) =>
        (await db.ApiTokens.Where(t => t.UserId == userId).ToListAsync(ct)).OrderByDescending(t => t.CreatedAt).Select(Summary).ToList();

    public async Task RevokeAsync(int userId, int tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw new NotFoundException($"Token {tokenId}");
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The account behind a bearer secret, whether it may write and the token's name; null for an unknown, expired or revoked token.</summary>
    public async Task<(SignedInUser User, bool CanWrite, string Name)?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        ApiToken? token;
        using (db.AcrossOrganizations())
        {
            token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, ct);
        }
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActiveAt(now) || await accounts.FindAsync(token.UserId, ct) is not { } user)
        {
            return null;
        }
        // Noted, not written: a call must not wait for (or take) the write lock (see TokenUse).
        use.Note(token.Id, token.LastUsedAt, now);
        return (user, token.CanWrite, token.Name);
    }

    /// <summary>Writes the uses <see cref="TokenUse"/> noted since the last call (the background writer's one step).</summary>
    public async Task RecordUseAsync(IReadOnlyList<KeyValuePair<int, DateTimeOffset>> uses, CancellationToken ct = default)
    {
        if (uses.Count == 0)
        {
            return;
        }
        using (db.AcrossOrganizations())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var (id, at) in uses)
            {
                await db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), ct);
            }
            await transaction.CommitAsync(ct);
        }
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static TokenSummary Summary(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CanWrite, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
