namespace Gameplan.Core.Calendar;

/// <summary>Whether a person has a calendar feed, and which (its first characters); never its secret.</summary>
public sealed record CalendarFeedStatus(bool Active, string? Prefix, DateTimeOffset? CreatedAt);

/// <summary>A new feed: its secret and its path (<c>/calendar/SECRET.ics</c>), shown on this one response only.</summary>
public sealed record CreatedCalendarFeed(string Secret, string Path, DateTimeOffset CreatedAt);

/// <summary>An iCalendar file to download: its name and its text.</summary>
public sealed record CalendarFile(string FileName, string Text);
