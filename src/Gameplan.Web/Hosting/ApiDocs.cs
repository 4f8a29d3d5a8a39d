namespace Gameplan.Web.Hosting;

/// <summary>The interactive API documentation at /api/docs, reading /openapi/v1.json.</summary>
internal static class ApiDocs
{
    public static void MapApiDocs(this WebApplication app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/docs";
            options.DocumentTitle = "Gameplan API";
            options.SwaggerEndpoint("/openapi/v1.json", "Gameplan API v1");
            // Contrast and the server list's name, which Swagger UI's own styles and markup lack (axe-core in ApiDocsAccessibilityTests).
            options.InjectStylesheet("/css/api-docs.css");
            options.InjectJavascript("/js/api-docs.js");
        });
}
