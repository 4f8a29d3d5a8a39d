using Gameplan.Core.Search;

namespace Gameplan.Web.Search;

/// <summary>One group of found plan elements as the page shows it: its section id, heading, the plan page's anchor prefix (<c>goal-12</c>) and the words to mark.</summary>
public sealed record SearchElementGroup(string Id, string Title, string Anchor, ElementHits Hits, IReadOnlyList<string> Words);
