using Microsoft.AspNetCore.Routing.Template;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Finds the endpoint (page or API route) a URL path of this app leads to, with its route values, the
/// way routing would for a request: most specific pattern first, route constraints applied.
/// </summary>
internal sealed class EndpointPaths(EndpointDataSource endpoints, ParameterPolicyFactory policies)
{
    private IReadOnlyList<Candidate>? _candidates;

    public (Endpoint Endpoint, RouteValueDictionary Values)? Match(HttpContext http, PathString path, string method)
    {
        foreach (var candidate in Candidates())
        {
            var values = new RouteValueDictionary();
            if (candidate.Matcher.TryMatch(path, values) && Allows(candidate.Endpoint, method) && Satisfies(http, candidate, values))
            {
                return (candidate.Endpoint, values);
            }
        }
        return null;
    }

    private IReadOnlyList<Candidate> Candidates() => _candidates ??= [.. endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => (Endpoint: e, Template: new RouteTemplate(e.RoutePattern)))
        .OrderBy(e => e.Endpoint.Order)
        .ThenBy(e => RoutePrecedence.ComputeInbound(e.Template))
        .Select(e => new Candidate(e.Endpoint, new TemplateMatcher(e.Template, new RouteValueDictionary(e.Endpoint.RoutePattern.Defaults))))];

    private static bool Allows(Endpoint endpoint, string method) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { HttpMethods.Count: > 0 } methods
        || methods.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase);

    private bool Satisfies(HttpContext http, Candidate candidate, RouteValueDictionary values)
    {
        foreach (var (name, references) in candidate.Endpoint.RoutePattern.ParameterPolicies)
        {
            var parameter = candidate.Endpoint.RoutePattern.GetParameter(name);
            foreach (var reference in references)
            {
                if (policies.Create(parameter, reference) is IRouteConstraint constraint
                    && !constraint.Match(http, null, name, values, RouteDirection.IncomingRequest))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private sealed record Candidate(RouteEndpoint Endpoint, TemplateMatcher Matcher);
}
