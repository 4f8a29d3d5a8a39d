using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.Security;

/// <summary>
/// The admin's read-only token against every page handler and every /api route that is not a GET,
/// each enumerated from the app's own model: every one is refused with 403 (the anonymous sign-in and
/// setup forms excepted) and nothing changes.
/// </summary>
public sealed partial class ReadOnlyTokenTests(ITestOutputHelper output) : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_read_only_token_is_refused_by_every_page_handler_that_is_not_a_get_and_nothing_changes()
    {
        var ids = await DemoIds.LoadAsync(_factory.CreateClient());
        var handlers = await PageTable.ChangingHandlersAsync(_factory.Services);
        Assert.True(handlers.Count > 30, $"expected every form of the app, found {handlers.Count} handlers");
        using var client = ReadOnlyAdmin();
        // A real antiforgery token, so a refusal cannot come from antiforgery instead of the scope.
        var antiforgery = PageForms.TokenIn(await client.GetPageAsync("/account/profile"));
        var before = await DatabaseSnapshot.TakeAsync(_factory);

        var failures = new List<string>();
        foreach (var handler in handlers)
        {
            var url = Fill(ids, handler.Template) + (handler.Name is null ? "" : $"?handler={handler.Name}");
            var form = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("Input.CanWrite", "true"), new("Input.Name", "escalate")]);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(handler.Method), url) { Content = form });
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{handler,-70} {(int)response.StatusCode}");
            // Sign-in and setup let anyone post (a password is the credential); they are still in the snapshot below.
            if (!handler.Anonymous && (response.StatusCode != HttpStatusCode.Forbidden || body.Length == 0))
            {
                failures.Add($"{handler}: {(int)response.StatusCode} {(body.Length == 0 ? "with no message" : "")}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_factory));
    }

    [Fact]
    public async Task A_read_only_token_is_refused_by_every_api_route_that_is_not_a_get_and_nothing_changes()
    {
        var ids = await DemoIds.LoadAsync(_factory.CreateClient());
        var routes = RouteTable.Api(_factory.Services).Where(r => r.Method != "GET").ToList();
        Assert.True(routes.Count > 20, $"expected every change the API offers, found {routes.Count} routes");
        using var client = ReadOnlyAdmin();
        var before = await DatabaseSnapshot.TakeAsync(_factory);

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), ids.Fill(route.Template));
            if (route.Method is "POST" or "PUT")
            {
                request.Content = new StringContent("""{"name": "escalate", "can_write": true}""", Encoding.UTF8, "application/json");
            }
            var response = await client.SendAsync(request);
            output.WriteLine($"{route,-70} {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{route}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_factory));
    }

    [Fact]
    public async Task A_read_only_token_still_reads_pages_and_cannot_mint_a_writing_token_from_the_profile()
    {
        using var client = ReadOnlyAdmin();

        var profile = await client.GetPageAsync("/account/profile");
        var minted = await client.PostAsync("/account/profile?handler=Create", new FormUrlEncodedContent([
            new("__RequestVerificationToken", PageForms.TokenIn(profile)), new("Input.Name", "escalate"), new("Input.CanWrite", "true"), new("Input.ExpiresInDays", "30")]));

        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        Assert.DoesNotContain("escalate", await client.GetPageAsync("/account/profile"));
    }

    private HttpClient ReadOnlyAdmin()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor("alex", canWrite: false));
        return client;
    }

    /// <summary>A page template with demo ids; an upload's id (a constrained hex string) gets one nobody has.</summary>
    private static string Fill(DemoIds ids, string template) =>
        ids.Fill("/" + PageParameter().Replace(template, m =>
            m.Groups["constraint"].Value.Contains("regex", StringComparison.Ordinal) ? new string('a', 32) : $"{{{m.Groups["name"].Value}}}"));

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(?<constraint>:[^}]*(\}\}[^}]*)*)?\}")]
    private static partial Regex PageParameter();
}
