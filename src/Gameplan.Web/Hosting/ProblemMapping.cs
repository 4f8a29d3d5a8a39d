using System.Text.Json;
using System.Text.RegularExpressions;
using Gameplan.Core;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Turns the errors of Core and Domain into ProblemDetails for the API: a rule about one field is
/// a 400 naming that field; any other rule is a 409; a stale If-Match is a 412; a missing record is a 404; unreadable JSON is
/// a 400 naming the JSON path. A busy database is a 503 with Retry-After, for pages too (<see cref="BusyPage"/>).
/// </summary>
internal sealed partial class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseBusy.Is(exception))
        {
            return await BusyPage.WriteAsync(context, problems, exception);
        }
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        var problem = exception switch
        {
            DomainRuleException { Field: { } field } rule => Invalid(field, rule.Message),
            DomainRuleException rule => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The change breaks a planning rule.", Detail = rule.Message },
            OverrideRequiredException required => new ValidationProblemDetails(new Dictionary<string, string[]> { [required.Field] = [required.Message] })
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The plan still has critique errors.",
                Detail = required.Message,
                Extensions = { ["critique_errors"] = required.Errors },
            },
            AccessDeniedException denied => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Not allowed.", Detail = denied.Message },
            PreconditionFailedException stale => new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "Changed since you read it.", Detail = stale.Message },
            NotFoundException missing => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = missing.Message },
            BadHttpRequestException { InnerException: JsonException json } => Invalid(JsonField(json), JsonMessage(json)),
            BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } bind => Invalid(bind.Groups["name"].Value, ParameterMessage(bind)),
            BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => Invalid("body", "A JSON body is required."),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
        };

    /// <summary>A query or route value that does not parse, said in the product's words rather than the framework's type names.</summary>
    private static string ParameterMessage(Match bind) =>
        bind.Groups["type"].Value.Contains("DateOnly", StringComparison.Ordinal)
            ? $"'{bind.Groups["name"].Value}' must be a date written YYYY-MM-DD."
            : bind.Groups["type"].Value.Contains("int", StringComparison.OrdinalIgnoreCase)
                ? $"'{bind.Groups["name"].Value}' must be a whole number."
                : $"'{bind.Groups["name"].Value}' has the wrong format.";

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]*) (?<name>\\w+)\" from ")]
    private static partial Regex BindFailure();

    private static string JsonField(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');

    private static string JsonMessage(JsonException json) =>
        json.Path is null or "$" ? "The request body is not valid JSON for this resource."
        : json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? $"'{JsonField(json)}' is not a field of this resource (check its spelling)."
        : json.Message.Contains("null value", StringComparison.OrdinalIgnoreCase) || json.Message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase) ? $"'{JsonField(json)}' cannot be null."
        : $"The value of '{JsonField(json)}' has the wrong type or format (dates are YYYY-MM-DD, numbers are plain numbers).";
}
