using Gameplan.Domain.Inbox;

namespace Gameplan.Domain.Notifications;

/// <summary>
/// Which digests go out and what they hold, so that people do not learn to ignore them:
/// at most one a day per person, at the frequency they chose; only what is new since their last digest
/// or overdue; an item shown in <see cref="MaxShows"/> digests without being done is not sent again
/// (it stays in the inbox); nothing to send, no e-mail. Time comes in as the person's <c>today</c>.
/// </summary>
public static class DigestRules
{
    /// <summary>The most digests one open item appears in.</summary>
    public const int MaxShows = 3;

    /// <summary>
    /// Whether a digest may go to a person today: not when they turned digests off, never twice on one of
    /// their days, and weekly only on the organisation's digest day.
    /// </summary>
    public static bool IsDue(DigestFrequency frequency, DayOfWeek weeklyOn, DateOnly today, DateOnly? lastSentDay) => frequency switch
    {
        DigestFrequency.Off => false,
        _ when lastSentDay is { } last && last >= today => false,
        DigestFrequency.Weekly => today.DayOfWeek == weeklyOn,
        _ => true,
    };

    /// <summary>
    /// The digest for an inbox on <paramref name="today"/> after the digests in <paramref name="ledger"/>. An item is new when
    /// no digest showed it, or when it (re)appeared after the last digest (its <see cref="InboxItem.Since"/> is later);
    /// an overdue item is sent again; either way at most <see cref="MaxShows"/> times.
    /// </summary>
    public static Digest Compose(IEnumerable<InboxItem> inbox, DateOnly today, DigestLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(ledger);
        var lines = new List<DigestLine>();
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var leftOut = 0;
        // An inbox that lists one key twice (two sources agreeing) shows it once.
        foreach (var item in inbox.DistinctBy(i => i.Key))
        {
            var reopened = item.Since is { } since && ledger.LastSentAt is { } last && since > last;
            var shows = reopened ? 0 : ledger.ShowsOf(item.Key);
            var overdue = item.IsOverdue(today);
            if ((shows == 0 || overdue) && shows < MaxShows)
            {
                lines.Add(new DigestLine(item, overdue, shows + 1));
                kept[item.Key] = shows + 1;
            }
            else
            {
                leftOut += shows >= MaxShows ? 1 : 0;
                if (shows > 0)
                {
                    kept[item.Key] = shows;
                }
            }
        }
        var ordered = lines.OrderByDescending(l => l.Overdue).ToList();
        return new Digest(ordered, kept, leftOut);
    }
}
