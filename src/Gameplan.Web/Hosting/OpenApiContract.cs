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
            + "Every call takes a personal access token (Authorization: Bearer gp_...), created on your profile page (/account/profile).";
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
        DescribeTags(document);
        AnswerUnauthorized(document);
        return Task.CompletedTask;
    }

    /// <summary>What each group of operations is about, for the documentation's headings.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Accounts"] = "The signed-in person and their personal access tokens.",
        ["Activities"] = "Logged activities (calls, meetings, demos...) one at a time or in batches, and CSV imports.",
        ["Alignment"] = "How plans cascade: which team and personal plans contribute to which goals of the plan above.",
        ["Calendar"] = "Secret iCalendar feeds of reviews, one-on-ones, due tactics and planning deadlines.",
        ["Check-ins"] = "Weekly check-ins: the week's numbers, confidence, wins, blockers and next week's focus.",
        ["Comments"] = "Comment threads on a plan and its elements, with mentions and resolution.",
        ["Commitments"] = "A tactic's measurable activity commitments: metric, quantity, period and assignees.",
        ["Critique"] = "The critique of a plan by rule id (GP...), and the statement classifier.",
        ["Cycles"] = "Planning cycles: the organisation's deadlines for drafting, submitting and approving plans.",
        ["Funnels"] = "Sales funnels (stages, rates, deal value, cycle) that turn goals into the activity they need.",
        ["Goals"] = "A plan's goals: metric, baseline, target, due date, DRI, and their progress.",
        ["Inbox"] = "Everything the signed-in person must do, overdue first.",
        ["Notifications"] = "E-mail digests: a person's subscription and the organisation's SMTP settings.",
        ["Organization"] = "The organisation's settings: time zone, fiscal year, critique thresholds, reapproval rule.",
        ["Pace"] = "Pace of activity commitments against their targets, per plan and per team.",
        ["People"] = "The organisation's people, their roles and teams, and their accounts.",
        ["Plans"] = "Strategic, team and personal plans, their status (draft, submitted, approved, closed) and audit.",
        ["Review workspaces"] = "A review's workspace: participants, talking points, decisions, action items and its snapshot.",
        ["Reviews"] = "Reviews of a plan on its cadence: strategic quarterly, tactical weekly, one-on-one coaching.",
        ["Search"] = "One search over the plans, goals, strategies, tactics and people the caller may read.",
        ["Strategies"] = "A plan's strategies: how its goals will be reached, each with a DRI.",
        ["Tactics"] = "The tactics under a strategy: owner, timeline, resources and authors.",
        ["Teams"] = "The organisation's teams and their managers.",
        ["Templates"] = "Plan templates, built in and the organisation's own.",
        ["Versions"] = "A plan's saved versions and the differences between them.",
        ["Webhooks"] = "Signed HTTP callbacks for plan and review events, with their delivery log.",
    };

    private static void DescribeTags(OpenApiDocument document)
    {
        var used = document.Paths.Values.SelectMany(item => item.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(op => op.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
        {
            Name = name,
            Description = TagDescriptions.GetValueOrDefault(name) ?? $"Operations on {name.ToLowerInvariant()}.",
        }));
    }

    /// <summary>Every operation needs a token, so every one may answer 401; the document says so where the endpoint did not.</summary>
    private static void AnswerUnauthorized(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(item => item.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Responses ??= [];
            if (!operation.Responses.ContainsKey("401"))
            {
                operation.Responses["401"] = new OpenApiResponse { Description = "No token, or one that is unknown, expired or revoked." };
            }
        }
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
