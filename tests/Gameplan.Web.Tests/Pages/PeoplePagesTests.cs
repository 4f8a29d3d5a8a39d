using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class PeoplePagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PeoplePagesTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_people_list_shows_everyone_with_role_team_and_capacity()
    {
        var nia = (await _client.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "nia").Id();

        var html = await _client.GetPageAsync("/people");

        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(html, "<tr id=\"person-\\d+\">").Count);
        Assert.Equal(["Nia Brooks", "nia", "Rep", "Mid-Market", "32", "Yes"], PageForms.Cells(PageForms.Element(html, $"person-{nia}", "tr")));
    }

    [Fact]
    public async Task A_person_added_through_the_form_is_listed_and_marked()
    {
        var location = (await _client.SubmitAsync("/people/new",
        [
            ("Input.Name", "Priya Natarajan"), ("Input.Handle", "priya"), ("Input.Role", "Manager"), ("Input.Team", "Enterprise"),
            ("Input.CapacityHoursPerWeek", "30"), ("Input.Active", "true"),
        ])).ExpectRedirect();

        Assert.Matches("^/people#person-\\d+$", location);
        var html = await _client.GetPageAsync(location);
        Assert.Contains("Person added.", html);
        Assert.Contains($"data-saved=\"{location[(location.IndexOf('#') + 1)..]}\"", html);
        var row = PageForms.Element(html, location[(location.IndexOf('#') + 1)..], "tr");
        Assert.Contains("Priya Natarajan", row);
        Assert.Contains("Manager", row);
        Assert.Contains("Enterprise", row);
    }

    [Fact]
    public async Task A_taken_handle_is_shown_beside_the_handle_field()
    {
        var html = await (await _client.SubmitAsync("/people/new", [("Input.Name", "Another Lena"), ("Input.Handle", "lena"), ("Input.Active", "true")])).ExpectFormAgainAsync();

        Assert.Equal("The handle 'lena' is already taken in this organisation.", PageForms.MessageBeside(html, "Input.Handle"));
    }

    [Fact]
    public async Task A_capacity_beyond_a_week_is_shown_beside_the_capacity_field()
    {
        var html = await (await _client.SubmitAsync("/people/new", [("Input.Name", "Busy Bee"), ("Input.Handle", "bee"), ("Input.CapacityHoursPerWeek", "200")])).ExpectFormAgainAsync();

        Assert.Contains("168", PageForms.MessageBeside(html, "Input.CapacityHoursPerWeek"));
    }

    [Fact]
    public async Task Deleting_someone_named_in_a_plan_is_refused_with_the_reason()
    {
        var lena = (await _client.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "lena").Id();

        var location = (await _client.SubmitAsync($"/people/{lena}/edit", [], handler: "Delete")).ExpectRedirect();

        Assert.Equal($"/people/{lena}/edit", location);
        Assert.Contains("deactivate them instead", await _client.GetPageAsync(location));
        Assert.Contains("Lena Fischer", await _client.GetPageAsync("/people"));
    }

    [Fact]
    public async Task Deactivating_a_person_keeps_them_listed_as_inactive()
    {
        var nia = (await _client.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == "nia").Id();

        (await _client.SubmitAsync($"/people/{nia}/edit",
            [("Input.Name", "Nia Brooks"), ("Input.Handle", "nia"), ("Input.Role", "Rep"), ("Input.Team", "Mid-Market"), ("Input.Active", "false")])).ExpectRedirect();

        Assert.Equal("No", PageForms.Cells(PageForms.Element(await _client.GetPageAsync("/people"), $"person-{nia}", "tr"))[^1]);
    }
}
