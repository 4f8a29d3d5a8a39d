using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Security;

public sealed class TokenTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_works_until_revoked()
    {
        var rosa = _factory.CreateClientAs("rosa");
        var created = await rosa.CreateTokenAsync("nightly export", canWrite: false);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("token").Id();
        var client = Bearer(secret);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
        var listed = await rosa.GetOkAsync("/api/v1/tokens");
        Assert.DoesNotContain(secret, listed.ToString());
        using (var db = _factory.OpenDatabase())
        {
            var stored = await db.ApiTokens.IgnoreQueryFilters().SingleAsync(t => t.Id == id);
            Assert.Equal(32, stored.Hash.Length);
            Assert.Equal(secret[..10], stored.Prefix);
        }

        await (await rosa.DeleteAsync($"/api/v1/tokens/{id}")).ExpectAsync(HttpStatusCode.NoContent);

        var refused = await client.GetAsync("/api/v1/plans");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_read_only_token_reads_but_every_write_is_forbidden()
    {
        var readOnly = Bearer(_factory.TokenFor("rosa", canWrite: false));
        var demo = await DemoPlan.LoadAsync(readOnly);

        var write = await readOnly.PostAsJsonAsync($"{demo.Url}/goals", new { title = "Not allowed with a read-only token" });
        var token = await readOnly.PostAsJsonAsync("/api/v1/tokens", new { name = "escalate", can_write = true });

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(3, (await readOnly.GetOkAsync($"{demo.Url}/goals")).GetArrayLength());
    }

    [Fact]
    public async Task An_expired_or_unknown_token_is_refused()
    {
        var secret = _factory.TokenFor("rosa");
        using (var db = _factory.OpenDatabase())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"ApiTokens\" SET \"ExpiresAt\" = '2000-01-01 00:00:00+00:00'");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("gp_not-a-real-token").GetAsync("/api/v1/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("something-else").GetAsync("/api/v1/plans")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_lists_and_revokes_someone_elses_tokens()
    {
        var lenaToken = _factory.TokenFor("lena");
        var people = await _factory.CreateClient().GetOkAsync("/api/v1/people");
        var lena = people.EnumerateArray().Single(p => p.Text("handle") == "lena").Id();

        var byRep = await _factory.CreateClientAs("mateo").GetAsync($"/api/v1/people/{lena}/tokens");
        var listed = await _factory.CreateClient().GetOkAsync($"/api/v1/people/{lena}/tokens");
        var tokenId = listed.EnumerateArray().Single().Id();
        await (await _factory.CreateClient().DeleteAsync($"/api/v1/people/{lena}/tokens/{tokenId}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(lenaToken).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Changes_made_through_a_token_are_audited_under_its_owner()
    {
        var rosa = _factory.CreateClientAs("rosa");
        var demo = await DemoPlan.LoadAsync(rosa);

        await rosa.CreateAsync($"{demo.Url}/goals", new { title = "Keep churn under 6%" });
        var audit = await rosa.GetOkAsync($"{demo.Url}/audit");

        // A new goal sends the approved demo plan back to review: the same change writes the goal's line, the plan's and its version's.
        var latest = audit.EnumerateArray().Take(3).ToList();
        Assert.Equal([("goal", "created"), ("plan", "changed"), ("version", "created")], latest.Select(l => (l.Text("entity_type"), l.Text("action"))).Order());
        Assert.All(latest, l => Assert.Equal("rosa (Rosa Delgado) via token 'test rosa'", l.Text("actor")));
    }

    [Fact]
    public async Task A_person_audit_names_the_token_by_its_name_never_by_characters_of_its_secret()
    {
        var created = await _factory.CreateClient().CreateTokenAsync("weekly people sync", canWrite: true);
        var secret = created.GetProperty("secret").GetString()!;
        var sync = Bearer(secret);
        var lena = (await sync.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena");

        await sync.PutOkAsync($"/api/v1/people/{lena.Id()}", new { handle = "lena", name = "Lena Renamed", role = lena.Text("role"), team = lena.Text("team"), active = true });
        var actor = (await sync.GetOkAsync($"/api/v1/people/{lena.Id()}/audit")).EnumerateArray().First().Text("actor");

        Assert.Equal("alex (Alex Moreau) via token 'weekly people sync'", actor);
        Assert.DoesNotContain(secret[3..10], actor, StringComparison.Ordinal);
    }

    private HttpClient Bearer(string secret)
    {
        var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }
}
