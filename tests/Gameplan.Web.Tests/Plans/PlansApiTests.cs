using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Plans;

public sealed class PlansApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlansApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_demo_plan_is_listed_on_a_fresh_database()
    {
        var plans = await _client.GetFromJsonAsync<JsonElement>("/api/v1/plans");

        var plan = Assert.Single(plans.EnumerateArray());
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.True(plan.GetProperty("tactics").GetInt32() > 5);
    }

    [Fact]
    public async Task An_invalid_plan_is_refused_with_each_bad_field_named()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new { name = "", period = new { start = "2027-01-01" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("period.end", out _));
    }
}
