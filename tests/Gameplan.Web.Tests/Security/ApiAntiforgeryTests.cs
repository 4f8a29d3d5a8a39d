using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gameplan.Web.Tests.Security;

public sealed class ApiAntiforgeryTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_change_through_the_api_with_the_sign_in_cookie_needs_the_antiforgery_token_and_a_bearer_token_does_not()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        // A browser: the sign-in cookie and nothing else.
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        (await browser.SignInAsync("rosa@northwind.example")).ExpectRedirect();
        var goal = new { title = "Win 12 new hospital customers", metric = "hospital_customers", unit = "count", baseline = 0, target = 12, due = "2027-09-30", dri = "rosa" };

        var read = await browser.GetAsync($"{demo.Url}/goals");
        var forged = await browser.PostAsJsonAsync($"{demo.Url}/goals", goal);
        var token = PageForms.TokenIn(await browser.GetPageAsync($"/plans/{demo.Id}/goals/new"));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, $"{demo.Url}/goals") { Content = JsonContent.Create(goal with { title = "Win 13 new hospital customers" }) };
        withToken.Headers.Add("RequestVerificationToken", token);
        var allowed = await browser.SendAsync(withToken);
        var bearer = await _factory.CreateClientAs("rosa").PostAsJsonAsync($"{demo.Url}/goals", goal with { title = "Win 14 new hospital customers" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery token", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bearer.StatusCode);
        var titles = (await _factory.CreateClient().GetOkAsync($"{demo.Url}/goals")).EnumerateArray().Select(g => g.Text("title")).ToList();
        Assert.DoesNotContain("Win 12 new hospital customers", titles);
        Assert.Contains("Win 13 new hospital customers", titles);
    }
}
