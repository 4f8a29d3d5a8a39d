using System.Net;
using System.Net.Http.Headers;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>Deactivating a person revokes their tokens for good: reactivating them does not bring the tokens back.</summary>
public sealed class DeactivationTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Deactivation_revokes_the_persons_tokens_and_reactivation_does_not_revive_them()
    {
        var secret = _factory.TokenFor("lena");
        var admin = _factory.CreateClient();
        var lena = (await admin.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");
        var url = $"/api/v1/people/{lena.Id()}";
        object Body(bool active) => new { handle = "lena", name = lena.Text("name"), role = lena.Text("role"), team = lena.Text("team"), active };
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);

        await admin.PutOkAsync(url, Body(active: false));
        var listed = await admin.GetOkAsync($"{url}/tokens");
        await admin.PutOkAsync(url, Body(active: true));

        Assert.All(listed.EnumerateArray(), token => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, token.GetProperty("revoked_at").ValueKind));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_an_active_person_leaves_their_tokens_working()
    {
        var secret = _factory.TokenFor("lena");
        var admin = _factory.CreateClient();
        var lena = (await admin.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");

        await admin.PutOkAsync($"/api/v1/people/{lena.Id()}", new { handle = "lena", name = "Lena Renamed", role = lena.Text("role"), team = lena.Text("team"), active = true });

        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    private HttpClient Bearer(string secret)
    {
        var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
