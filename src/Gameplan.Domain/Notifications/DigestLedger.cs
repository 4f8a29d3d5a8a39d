namespace Gameplan.Domain.Notifications;

/// <summary>
/// What a person's digests have shown so far: when the last one was sent and, for each item still open
/// then, in how many digests it appeared (1 to <see cref="DigestRules.MaxShows"/>). Items done since are
/// dropped from it when the next digest is sent, so an item that comes back later is new again.
/// </summary>
/// <param name="LastSentAt">When the last digest was sent; null: never.</param>
/// <param name="LastSentDay">The person's calendar day the last digest was sent on; null: never.</param>
/// <param name="Shown">Item key to the number of digests that showed it.</param>
public sealed record DigestLedger(DateTimeOffset? LastSentAt, DateOnly? LastSentDay, IReadOnlyDictionary<string, int> Shown)
{
    /// <summary>No digest yet.</summary>
    public static DigestLedger None { get; } = new(null, null, new Dictionary<string, int>());

    /// <summary>How many digests showed the item with <paramref name="key"/> (0: none).</summary>
    public int ShowsOf(string key) => Shown.GetValueOrDefault(key);

    /// <summary>The ledger as stored: one <c>count key</c> per line, keys in ordinal order.</summary>
    public static string Format(IReadOnlyDictionary<string, int> shown) =>
        string.Join('\n', shown.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Value} {x.Key}"));

    /// <summary>Reads <see cref="Format"/>'s text; a malformed line is skipped (its item is simply new again).</summary>
    public static Dictionary<string, int> Parse(string? text)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && int.TryParse(line.AsSpan(0, space), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                shown[line[(space + 1)..]] = count;
            }
        }
        return shown;
    }
}
