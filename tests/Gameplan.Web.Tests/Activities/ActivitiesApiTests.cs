using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Activities;

public sealed class ActivitiesApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");

    private static HttpRequestMessage Post(object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activities") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    [Fact]
    public async Task A_logged_batch_is_read_back_as_daily_sums()
    {
        var client = _factory.CreateClient();
        var before = await client.GetOkAsync($"/api/v1/activities?person=lena&metric=linkedin_posts&from={Yesterday}&to={Yesterday}");

        var logged = await (await client.SendAsync(Post(new
        {
            activities = new[]
            {
                new { date = Yesterday, person = "lena", metric = "linkedin_posts", quantity = 2m, external_id = "t-1" },
                new { date = Yesterday, person = "lena", metric = "linkedin_posts", quantity = 3m, external_id = "t-2" },
            },
        }))).ExpectAsync(HttpStatusCode.OK);
        var after = await client.GetOkAsync($"/api/v1/activities?person=lena&metric=linkedin_posts&from={Yesterday}&to={Yesterday}");

        Assert.Equal((2, 0), (logged.GetProperty("imported").GetInt32(), logged.GetProperty("duplicates").GetInt32()));
        Assert.Empty(before.GetProperty("days").EnumerateArray());
        var day = after.GetProperty("days").EnumerateArray().Single();
        Assert.Equal((Yesterday, "lena", "linkedin_posts", 5m, 2),
            (day.Text("date"), day.Text("person"), day.Text("metric"), day.GetProperty("quantity").GetDecimal(), day.GetProperty("entries").GetInt32()));
    }

    [Fact]
    public async Task A_retried_request_with_the_same_idempotency_key_counts_once()
    {
        var client = _factory.CreateClientAs("lena");
        var body = new { date = Yesterday, person = "lena", metric = "linkedin_posts", quantity = 1m };

        var first = await (await client.SendAsync(Post(body, "lena-try-1"))).ExpectAsync(HttpStatusCode.OK);
        var retry = await (await client.SendAsync(Post(body, "lena-try-1"))).ExpectAsync(HttpStatusCode.OK);
        var read = await client.GetOkAsync($"/api/v1/activities?person=lena&metric=linkedin_posts&from={Yesterday}&to={Yesterday}");

        Assert.Equal((1, 0), (first.GetProperty("imported").GetInt32(), first.GetProperty("duplicates").GetInt32()));
        Assert.Equal((0, 1), (retry.GetProperty("imported").GetInt32(), retry.GetProperty("duplicates").GetInt32()));
        Assert.Equal(1m, read.GetProperty("days").EnumerateArray().Single().GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_batch_naming_the_row_and_field()
    {
        var client = _factory.CreateClient();

        var problem = await (await client.SendAsync(Post(new
        {
            activities = new object[]
            {
                new { date = Yesterday, person = "lena", metric = "linkedin_posts", quantity = 1m },
                new { date = Yesterday, person = "lena", metric = "cold_emails", quantity = 1m },
            },
        }))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var read = await client.GetOkAsync($"/api/v1/activities?person=lena&metric=linkedin_posts&from={Yesterday}&to={Yesterday}");

        Assert.True(problem.GetProperty("errors").TryGetProperty("activities[1].metric", out _), problem.ToString());
        Assert.Empty(read.GetProperty("days").EnumerateArray());
    }

    [Theory]
    [InlineData("lena", "lena", HttpStatusCode.OK)]
    [InlineData("lena", "mateo", HttpStatusCode.Forbidden)]
    [InlineData("omar", "mateo", HttpStatusCode.OK)]
    [InlineData("omar", "ravi", HttpStatusCode.Forbidden)]
    [InlineData("rosa", "ravi", HttpStatusCode.OK)]
    public async Task Reps_log_for_themselves_managers_for_their_team_executives_for_anyone(string caller, string person, HttpStatusCode expected)
    {
        var client = _factory.CreateClientAs(caller);

        var response = await client.SendAsync(Post(new { date = Yesterday, person, metric = "demos_booked", quantity = 1m }));

        await response.ExpectAsync(expected);
    }

    [Fact]
    public async Task A_read_only_token_cannot_log_and_a_rep_cannot_read_another_teams_activity()
    {
        var readOnly = _factory.CreateClientAs("lena", canWrite: false);
        var lena = _factory.CreateClientAs("lena");

        var write = await readOnly.SendAsync(Post(new { date = Yesterday, person = "lena", metric = "demos_booked", quantity = 1m }));
        var otherTeam = await lena.GetAsync("/api/v1/activities?person=ravi");
        var ownTeam = await lena.GetAsync("/api/v1/activities?person=mateo");

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownTeam.StatusCode);
    }

    [Fact]
    public async Task Reading_without_a_person_returns_only_the_people_the_caller_may_read()
    {
        var days = (await _factory.CreateClientAs("lena").GetOkAsync("/api/v1/activities")).GetProperty("days").EnumerateArray().ToList();
        var all = (await _factory.CreateClient().GetOkAsync("/api/v1/activities")).GetProperty("days").EnumerateArray().ToList();

        Assert.NotEmpty(days);
        Assert.All(days, d => Assert.Contains(d.Text("person"), new[] { "lena", "mateo", "nia", "omar" }));
        Assert.Contains(all, d => d.Text("person") == "ravi");
    }
}
