using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// May the signed-in person follow a link or send a form to a URL of this app? Decided by the policy
/// the target page or endpoint itself requires (its authorisation metadata, or the fallback policy),
/// evaluated for the target's route values: views never restate the rules. Answers are kept for the
/// request, so a page with many links to one form asks once.
/// </summary>
internal sealed class ActionAccess(IHttpContextAccessor http, EndpointPaths paths, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="url"/> (a path of this app, with or without query and fragment) would
    /// be authorised for <paramref name="method"/>; links elsewhere and fragments are always allowed.
    /// A path that leads nowhere is not allowed: a link to it could only answer 404.
    /// </summary>
    public async Task<bool> AllowsAsync(string url, string method = "GET")
    {
        var path = url.Split('?', '#')[0];
        if (path.Length == 0 || !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }
        var key = $"{method.ToUpperInvariant()} {path}";
        if (!_answers.TryGetValue(key, out var allowed))
        {
            _answers[key] = allowed = await DecideAsync(path, method);
        }
        return allowed;
    }

    private async Task<bool> DecideAsync(string path, string method)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Controls are only checked while a request is answered.");
        if (paths.Match(context, path, method) is not { } target)
        {
            return false;
        }
        var (endpoint, values) = target;
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }
        var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        return policy is null || (await authorization.AuthorizeAsync(context.User, new AuthorizationTarget(context, values), policy)).Succeeded;
    }
}
