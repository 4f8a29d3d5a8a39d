using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Validates a request record's data annotations, including nested records, before the endpoint
/// runs, and answers 400 with every bad field named as it is spelled in JSON (e.g. <c>period.end</c>).
/// </summary>
internal static class RequestValidation
{
    public static RouteHandlerBuilder Validated<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
            }
            var errors = Validate(request);
            return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "One or more fields are not valid.") : await next(context);
        }).ProducesValidationProblem();

    public static Dictionary<string, string[]> Validate(object request)
    {
        var errors = new Dictionary<string, List<string>>();
        Collect(request, "", errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Collect(object value, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = prefix + JsonNamingPolicy.SnakeCaseLower.ConvertName(member);
                var message = result.ErrorMessage ?? "Invalid value.";
                (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(Friendly(message, member, key));
            }
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = property.PropertyType;
            if (type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && property.GetValue(value) is { } nested)
            {
                Collect(nested, prefix + JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name) + ".", errors);
            }
        }
    }

    /// <summary>Data annotations name C# properties; users see the JSON field name instead.</summary>
    private static string Friendly(string message, string member, string key) =>
        member.Length == 0 ? message : message.Replace($"The {member} field", $"The {key} field", StringComparison.Ordinal).Replace(member, key, StringComparison.Ordinal);
}
