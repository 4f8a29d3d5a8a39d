using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Reviews;

public sealed class ReviewsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public ReviewsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_one_on_one_review_is_found_at_its_location()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var review = await _client.CreateAsync($"{demo.Url}/reviews", new
        {
            kind = "one_on_one",
            date = "2027-02-15",
            person = "ravi",
            notes = "Career fair follow-ups.",
        });

        Assert.Equal("one_on_one", review.Text("kind"));
        Assert.Equal("2027-02-15", review.Text("date"));
        Assert.Equal("ravi", review.Text("person"));
        Assert.False(review.GetProperty("held").GetBoolean());
        Assert.Equal("Career fair follow-ups.", review.Text("notes"));
    }

    [Fact]
    public async Task A_review_is_read_by_its_id()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var review = await _client.GetOkAsync($"{demo.Url}/reviews/{demo.OneOnOneReview()}");

        Assert.Equal("one_on_one", review.Text("kind"));
        Assert.Equal("nia", review.Text("person"));
        Assert.Equal("First coaching session on prospecting habits.", review.Text("notes"));
    }

    [Fact]
    public async Task The_plans_reviews_are_listed_by_date()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.CreateAsync($"{demo.Url}/reviews", new { kind = "strategic", date = "2000-01-01" });

        var reviews = await _client.GetOkAsync($"{demo.Url}/reviews");

        var dates = reviews.EnumerateArray().Select(r => r.Text("date")).ToList();
        Assert.Equal(6, dates.Count);
        Assert.Equal("2000-01-01", dates[0]);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_review_is_replaced_by_put_when_it_has_been_held()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/reviews/{demo.OneOnOneReview()}";

        var updated = await _client.PutOkAsync(url, new { kind = "one_on_one", date = "2027-01-22", held = true, person = "nia", notes = "Agreed on a calling block." });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.True(read.GetProperty("held").GetBoolean());
        Assert.Equal("2027-01-22", read.Text("date"));
        Assert.Equal("Agreed on a calling block.", read.Text("notes"));
    }

    [Fact]
    public async Task A_deleted_review_is_gone_from_the_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await _client.DeleteAndExpectGoneAsync($"{demo.Url}/reviews/{demo.OneOnOneReview()}");

        var reviews = await _client.GetOkAsync($"{demo.Url}/reviews");
        Assert.Equal(4, reviews.GetArrayLength());
        Assert.DoesNotContain(reviews.EnumerateArray(), r => r.Text("kind") == "one_on_one");
    }

    [Fact]
    public async Task A_one_on_one_without_the_person_coached_is_refused_naming_the_person()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/reviews", new { kind = "one_on_one", date = "2027-02-15" });

        await response.ExpectFieldErrorAsync("person");
        Assert.Equal(5, (await _client.GetOkAsync($"{demo.Url}/reviews")).GetArrayLength());
    }

    [Fact]
    public async Task A_review_with_an_unknown_person_is_refused_naming_the_person()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/reviews/{demo.OneOnOneReview()}", new { kind = "one_on_one", date = "2027-02-15", person = "zed" });

        await response.ExpectFieldErrorAsync("person");
        Assert.Equal("nia", (await _client.GetOkAsync($"{demo.Url}/reviews/{demo.OneOnOneReview()}")).Text("person"));
    }

    [Fact]
    public async Task A_review_without_a_date_is_refused_naming_the_date()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/reviews", new { kind = "tactical" });

        await response.ExpectFieldErrorAsync("date");
    }

    [Fact]
    public async Task An_unknown_kind_of_review_is_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostRawAsync($"{demo.Url}/reviews", """{"kind": "weekly", "date": "2027-02-15"}""");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(5, (await _client.GetOkAsync($"{demo.Url}/reviews")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_review_is_not_found_for_every_verb()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/reviews/9999";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { kind = "tactical", date = "2027-02-15" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/plans/9999/reviews")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync("/api/v1/plans/9999/reviews", new { kind = "tactical", date = "2027-02-15" })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_review_of_another_plan_is_not_found_through_this_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var url = $"{other}/reviews/{demo.OneOnOneReview()}";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { kind = "tactical", date = "2027-02-15" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("one_on_one", (await _client.GetOkAsync($"{demo.Url}/reviews/{demo.OneOnOneReview()}")).Text("kind"));
    }
}
