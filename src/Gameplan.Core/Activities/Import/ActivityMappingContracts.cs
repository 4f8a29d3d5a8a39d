namespace Gameplan.Core.Activities.Import;

/// <summary>A saved mapping as listed: its name, its JSON definition as written, and when it last changed.</summary>
public sealed record SavedActivityMapping(string Name, string Definition, DateTimeOffset UpdatedAt);
