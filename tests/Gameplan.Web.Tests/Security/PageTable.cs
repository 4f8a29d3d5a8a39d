using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Security;

/// <summary>Every page handler of the running app that is not a GET, read from its own page model (so a new page or handler is included automatically).</summary>
public static class PageTable
{
    /// <param name="Anonymous">The page lets anyone in (sign-in, first-run setup): it needs a password, not a session or token.</param>
    public sealed record PageHandler(string Method, string Template, string? Name, bool Anonymous)
    {
        public override string ToString() => $"{Method} /{Template}{(Name is null ? "" : "?handler=" + Name)}";
    }

    public static async Task<IReadOnlyList<PageHandler>> ChangingHandlersAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var handlers = new List<PageHandler>();
        foreach (var page in pages)
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var anonymous = compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase))
                .Select(h => new PageHandler(h.HttpMethod.ToUpperInvariant(), page.AttributeRouteInfo!.Template!, h.Name, anonymous)));
        }
        return handlers.Distinct().ToList();
    }
}
