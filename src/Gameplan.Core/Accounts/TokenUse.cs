using System.Collections.Concurrent;

namespace Gameplan.Core.Accounts;

/// <summary>
/// When bearer tokens were last used, noted in memory on each authenticated call and written to
/// <c>ApiTokens.LastUsedAt</c> later, at most once a minute per token, by a background writer: a
/// request never writes for it, so a reading client is never stalled by, or a cause of, a long write
/// holding the database (SQLite has one writer at a time). One instance per process.
/// </summary>
public sealed class TokenUse
{
    /// <summary>A use is recorded again only once this long has passed since the last recorded one.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Tokens waiting to be written; beyond that a use is dropped (last-used is a hint, memory is not).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<int, DateTimeOffset> _pending = new();

    // The last use recorded (written or waiting) per token, so a busy token is noted once a minute.
    private readonly ConcurrentDictionary<int, DateTimeOffset> _recorded = new();

    /// <summary>Notes a use of <paramref name="tokenId"/> at <paramref name="now"/>; <paramref name="stored"/> is its LastUsedAt as read.</summary>
    public void Note(int tokenId, DateTimeOffset? stored, DateTimeOffset now)
    {
        var last = _recorded.TryGetValue(tokenId, out var recorded) && (stored is null || recorded > stored) ? recorded : stored;
        if (last is { } at && now - at < Interval)
        {
            return;
        }
        if (_pending.Count >= Capacity && !_pending.ContainsKey(tokenId))
        {
            return;
        }
        if (_recorded.Count >= Capacity)
        {
            _recorded.Clear();
        }
        _pending[tokenId] = now;
        _recorded[tokenId] = now;
    }

    /// <summary>Takes every use waiting to be written.</summary>
    public IReadOnlyList<KeyValuePair<int, DateTimeOffset>> Take()
    {
        var taken = new List<KeyValuePair<int, DateTimeOffset>>(_pending.Count);
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var at))
            {
                taken.Add(new(id, at));
            }
        }
        return taken;
    }

    /// <summary>Puts back uses that could not be written (the database was busy); a newer use of the same token wins.</summary>
    public void Return(IEnumerable<KeyValuePair<int, DateTimeOffset>> uses)
    {
        foreach (var (id, at) in uses)
        {
            _pending.AddOrUpdate(id, at, (_, newer) => newer > at ? newer : at);
        }
    }
}
