using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Security;

/// <summary>Every /api route of the running app, read from its own route table (so a new endpoint is included automatically).</summary>
public static partial class RouteTable
{
    public sealed record ApiRoute(string Method, string Template)
    {
        public override string ToString() => $"{Method} {Template}";
    }

    public static IReadOnlyList<ApiRoute> Api(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new ApiRoute(m, Normalise(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();

    /// <summary><c>{id:int}</c> becomes <c>{id}</c>; a regex-constrained parameter keeps its first allowed value as <c>{name=value}</c>.</summary>
    private static string Normalise(string template) =>
        Parameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            var choices = Choices().Match(m.Value);
            return choices.Success ? $"{{{name}={choices.Groups["first"].Value}}}" : $"{{{name}}}";
        }).Replace("//", "/").TrimEnd('/');

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^{}]*(\{[^{}]*\}[^{}]*)*)?\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\^\((?<first>[a-z]+)\|")]
    private static partial Regex Choices();
}
