using Microsoft.AspNetCore.Components;

namespace Gameplan.Web.Shared;

/// <summary>
/// The fingerprinted URL of a static file for markup that no tag helper writes (a data attribute a script
/// loads from), so it too is cached for a year; the plain path when the page has no asset collection (ADR 0055).
/// </summary>
internal static class StaticAssetUrls
{
    public static string AssetUrl(this HttpContext context, string path) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>() is { } assets
            ? "/" + assets[path.TrimStart('/')]
            : path;
}
