namespace Gameplan.Web.Hosting;

/// <summary>
/// Static files from the build's manifest (MapStaticAssets): each under its plain name (revalidated by ETag)
/// and under a fingerprinted name that the layout's tag helpers write and browsers keep for a year,
/// precompressed with gzip at build and Brotli and gzip at publish (ADR 0055).
/// </summary>
internal static class StaticAssets
{
    private const string ReloadAtRuntime = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// Lets a build's output (not only a publish) serve its files in every environment, as the tests and
    /// the multi-instance checks run it. Only Development re-reads files edited after the build, which also
    /// turns every cache header into no-cache; elsewhere the build serves what a publish would.
    /// </summary>
    public static WebApplicationBuilder UseBuiltStaticAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadAtRuntime] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(ReloadAtRuntime, "false")]);
        }
        return builder;
    }

    /// <summary>Answered in routing, before sign-in, sessions and the organisation scope are read: a file needs none of them.</summary>
    public static void MapGameplanStaticAssets(this WebApplication app) => app.MapStaticAssets().ShortCircuit();
}
