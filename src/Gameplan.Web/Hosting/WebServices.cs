using System.Text.Json;
using System.Text.Json.Serialization;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Hosting;

/// <summary>The web host's services: pages, JSON in the plan-file spelling, problems, OpenAPI.</summary>
internal static class WebServices
{
    public static IServiceCollection AddGameplanWeb(this IServiceCollection services)
    {
        services.AddSingleton<AppInstance>();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            PageAccess.Apply(options.Conventions);
        });
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        // Bad bodies become exceptions in every environment, so ProblemMapping can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddOpenApi(options => options.AddDocumentTransformer<OpenApiContract>());
        services.AddHealthChecks();
        return services;
    }

    /// <summary>snake_case names and enum values, as in plan files; nullability is enforced.</summary>
    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // Numbers are JSON numbers: "5" is refused (the web defaults read it), so the OpenAPI document
        // types every integer as an integer and a generated client needs no casts (ADR 0047).
        json.NumberHandling = JsonNumberHandling.Strict;
        json.DictionaryKeyPolicy = null;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        json.RespectNullableAnnotations = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
