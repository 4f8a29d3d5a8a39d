namespace Gameplan.Web.Shared;

/// <summary>TempData keys of the one-line messages shown after a redirect.</summary>
public static class Flash
{
    public const string Message = "flash";
    public const string Error = "flash-error";

    /// <summary>The id of the element just saved, so the page can scroll to it and mark it.</summary>
    public const string Anchor = "flash-anchor";
}
