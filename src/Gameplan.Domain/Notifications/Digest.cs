using Gameplan.Domain.Inbox;

namespace Gameplan.Domain.Notifications;

/// <summary>One item of a digest: the inbox item, whether it is overdue, and which showing this is (1 to 3).</summary>
public sealed record DigestLine(InboxItem Item, bool Overdue, int Showing)
{
    /// <summary>True on its last showing: the next digest leaves it out (it stays in the inbox).</summary>
    public bool IsLastShowing => Showing >= DigestRules.MaxShows;
}

/// <summary>
/// What one digest holds (<see cref="Lines"/>, overdue first, then in the inbox's order) and the ledger to
/// keep once it is sent. An empty digest is not sent.
/// </summary>
public sealed record Digest(IReadOnlyList<DigestLine> Lines, IReadOnlyDictionary<string, int> Ledger, int LeftOut)
{
    /// <summary>Nothing new or overdue: no e-mail.</summary>
    public bool IsEmpty => Lines.Count == 0;
}
