namespace Gameplan.Core;

/// <summary>The signed-in person may not do this (HTTP 403). The message says what they lack.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
