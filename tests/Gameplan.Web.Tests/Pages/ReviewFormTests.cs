using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class ReviewFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public ReviewFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_held_review_with_notes_is_listed_on_the_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/reviews/new",
            [("Input.Kind", "OneOnOne"), ("Input.Date", "2030-02-03"), ("Input.Held", "true"), ("Input.Person", "mateo"), ("Input.Notes", "Mateo books demos on Tuesdays.")])).ExpectRedirect();

        var row = PageForms.Element(await _client.GetPageAsync(location), location[(location.IndexOf('#') + 1)..], "tr");
        Assert.Contains("3 Feb 2030", row);
        Assert.Contains("One-on-one with Mateo Alvarez", row);
        Assert.Contains("Held", row);
        Assert.Contains("Mateo books demos on Tuesdays.", row);
    }

    [Fact]
    public async Task A_one_on_one_without_the_person_coached_is_refused_beside_the_person()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/reviews/new", [("Input.Kind", "OneOnOne"), ("Input.Date", "2030-02-03")])).ExpectFormAgainAsync();

        Assert.Equal("A one-on-one review needs the person being coached.", PageForms.MessageBeside(html, "Input.Person"));
    }

    [Fact]
    public async Task The_edit_form_shows_the_review_as_saved()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/reviews/{demo.OneOnOneReview()}/edit");

        Assert.Contains("<option selected=\"selected\" value=\"OneOnOne\">One-on-one</option>", html);
        Assert.Contains("<option selected=\"selected\" value=\"nia\">", html);
        Assert.Contains("First coaching session on prospecting habits.</textarea>", html);
    }
}
