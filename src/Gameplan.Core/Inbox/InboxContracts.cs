using Gameplan.Domain.Inbox;

namespace Gameplan.Core.Inbox;

/// <summary>A person's inbox on a day: every open item, in the inbox's order (overdue first).</summary>
public sealed record InboxDetails(int PersonId, DateOnly Today, IReadOnlyList<InboxItem> Items)
{
    public int Count => Items.Count;

    public int Overdue => Items.Count(i => i.IsOverdue(Today));
}
