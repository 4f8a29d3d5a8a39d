using System.Net.Http.Headers;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gameplan.Web.Tests.Activities;

/// <summary>Clients that keep cookies (antiforgery) and do not follow redirects, acting as one demo person.</summary>
internal static class ActivityClients
{
    public static HttpClient PagesAs(this GameplanWebFactory factory, string handle, bool canWrite = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(handle, canWrite));
        return client;
    }

    /// <summary>Sends the request the way htmx does (HX-Request), so the page answers with its content only.</summary>
    public static HttpClient AsHtmx(this HttpClient client)
    {
        client.DefaultRequestHeaders.Add("HX-Request", "true");
        return client;
    }
}
