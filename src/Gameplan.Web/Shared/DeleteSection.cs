namespace Gameplan.Web.Shared;

/// <summary>The delete part of an edit page: what is deleted and what goes with it.</summary>
public sealed record DeleteSection(string Noun, string Consequence);
