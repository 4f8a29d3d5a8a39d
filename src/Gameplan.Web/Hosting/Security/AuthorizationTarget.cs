namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// The resource of an authorisation check made for a page or endpoint other than the current one
/// (a link or form about to be rendered): its route values stand in for the request's, so the same
/// handlers decide as when the person follows the link.
/// </summary>
internal sealed record AuthorizationTarget(HttpContext Http, RouteValueDictionary Route);
