using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Makes the generated OpenAPI document a contract third-party tools accept (ADR 0047): it declares
/// the bearer token every <c>/api/v1</c> call takes, its server URL has no trailing slash, and a
/// path segment that only takes a few words (<c>/plans/{id}/{transition:regex(^(submit|close|reopen)$)}</c>)
/// becomes one literal path per word, so two such routes are no longer "identical paths".
/// </summary>
internal sealed partial class OpenApiContract : IOpenApiDocumentTransformer
{
    public const string Scheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Gameplan API";
        document.Info.Description = "Strategic and tactical sales plans: plans, goals, strategies, tactics, activity commitments, reviews, people and teams. "
            + "Every call takes a personal access token (Authorization: Bearer gp_...), created on the Tokens page or with 'gameplan token'.";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "personal access token",
            Description = "A personal access token: Authorization: Bearer gp_...",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        ExpandWordSegments(document);
        return Task.CompletedTask;
    }

    private static void ExpandWordSegments(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths.ToList())
        {
            if (item.Operations is null)
            {
                continue;
            }
            var words = item.Operations.Values.SelectMany(op => op.Parameters ?? [])
                .Where(p => p.In == ParameterLocation.Path && p.Name is not null && p.Schema?.Pattern is { } pattern && Alternation().IsMatch(pattern))
                .Select(p => (p.Name!, Words: Alternation().Match(p.Schema!.Pattern!).Groups[1].Value.Split('|')))
                .FirstOrDefault();
            if (words.Words is null)
            {
                continue;
            }
            var (name, literals) = words;
            document.Paths.Remove(path);
            foreach (var literal in literals)
            {
                var expanded = new OpenApiPathItem { Summary = item.Summary, Description = item.Description, Operations = [] };
                foreach (var (method, operation) in item.Operations)
                {
                    expanded.Operations[method] = new OpenApiOperation
                    {
                        OperationId = operation.OperationId is { } id ? id + char.ToUpperInvariant(literal[0]) + literal[1..] : null,
                        Summary = operation.Summary is { } summary ? $"{summary} ({literal})" : null,
                        Description = operation.Description,
                        Tags = operation.Tags,
                        Parameters = operation.Parameters?.Where(p => p.Name != name).ToList(),
                        RequestBody = operation.RequestBody,
                        Responses = operation.Responses,
                        Security = operation.Security,
                        Deprecated = operation.Deprecated,
                    };
                }
                document.Paths[path.Replace("{" + name + "}", literal, StringComparison.Ordinal)] = expanded;
            }
        }
    }

    // "^(submit|close|reopen)$": a route constraint that takes only these words.
    [GeneratedRegex(@"^\^\(([a-z_-]+(?:\|[a-z_-]+)+)\)\$$", RegexOptions.CultureInvariant)]
    private static partial Regex Alternation();
}
