namespace Gameplan.Web.Shared;

/// <summary>One field of an edit form that someone else changed while it was open: what is saved now, and what was typed.</summary>
public sealed record ConflictField(string Label, string Theirs, string Yours);
