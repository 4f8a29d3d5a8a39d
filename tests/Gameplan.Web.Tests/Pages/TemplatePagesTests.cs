using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gameplan.Web.Tests.Pages;

/// <summary>
/// The templates pages as each role sees them: everyone lists and reads; admins and executives upload and save a plan
/// as a template; only admins delete. Controls a person may not use are not shown, and their targets refuse them.
/// </summary>
public sealed class TemplatePagesTests : IDisposable
{
    private const string Own = "clinic-territory";

    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("lena", false, false)]
    [InlineData("omar", false, false)]
    [InlineData("rosa", true, false)]
    [InlineData("alex", true, true)]
    public async Task Each_role_reads_every_template_and_sees_only_the_controls_it_may_use(string handle, bool adds, bool deletes)
    {
        await AddOwnAsync();
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var client = Browser(handle);

        var list = await client.GetPageAsync("/templates");
        var own = await client.GetPageAsync($"/templates/{Own}");
        var builtIn = await client.GetPageAsync("/templates/rep-territory");
        var plan = await client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains("A rep's territory plan", list);
        Assert.Contains("A clinic rep's territory", list);
        Assert.Contains("alex", PageForms.Element(list, $"template-{Own}", "tr"));
        Assert.Contains("owner: {{person}}", builtIn);
        Assert.Contains("<a href=\"/templates\" aria-current=\"page\">Templates</a>", list);
        Assert.Equal(adds, list.Contains("href=\"/templates/new\"", StringComparison.Ordinal));
        Assert.Equal(adds, plan.Contains($"href=\"/plans/{demo.Id}/template\"", StringComparison.Ordinal));
        Assert.Equal(deletes, list.Contains($"hx-post=\"/templates/{Own}/delete\"", StringComparison.Ordinal));
        Assert.Equal(deletes, own.Contains("Delete the template", StringComparison.Ordinal));
        Assert.DoesNotContain("/templates/rep-territory/delete", list + builtIn);
    }

    [Theory]
    [InlineData("lena")]
    [InlineData("omar")]
    public async Task Reps_and_managers_are_refused_the_upload_and_saving_a_plan_as_a_template(string handle)
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var client = Browser(handle);
        var token = PageForms.TokenIn(await client.GetPageAsync("/account/profile"));

        var upload = await client.GetAsync("/templates/new");
        var posted = await client.PostAsync("/templates/new", Upload(token, Text(), ("Input.Name", "mine"), ("Input.Title", "Mine"), ("Input.Scope", "person"), ("Input.Fits", "rep")));
        var save = await client.PostAsync($"/plans/{demo.Id}/template", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "mine"), new("Input.Title", "Mine"), new("Input.Fits", "rep")]));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (upload.StatusCode, posted.StatusCode, save.StatusCode));
        Assert.DoesNotContain("\"mine\"", await _factory.CreateClient().GetStringAsync("/api/v1/templates"));
    }

    [Fact]
    public async Task An_executive_s_upload_is_added_and_a_bad_one_is_shown_again_with_the_field_and_the_line()
    {
        var client = Browser("rosa");
        var token = PageForms.TokenIn(await client.GetPageAsync("/templates/new"));
        var fields = new[] { ("Input.Name", "clinic-rep"), ("Input.Title", "A clinic rep's plan"), ("Input.Scope", "person"), ("Input.Fits", "rep") };

        var broken = await client.PostAsync("/templates/new", Upload(token, Text().Replace("  owner: {{person}}", "  owner: [{{person}}]", StringComparison.Ordinal), fields));
        var shadowing = await client.PostAsync("/templates/new", Upload(token, Text(), [.. fields.Where(f => f.Item1 != "Input.Name"), ("Input.Name", "rep-territory")]));
        var noFile = await client.PostAsync("/templates/new", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]));
        var added = await client.PostAsync("/templates/new", Upload(token, Text(), fields));

        Assert.Matches(@"^The text does not read as a plan file once filled: line 8, column \d+", PageForms.MessageBeside(await broken.ExpectFormAgainAsync(), "Input.Text"));
        Assert.Contains("built-in", PageForms.MessageBeside(await shadowing.ExpectFormAgainAsync(), "Input.Name"), StringComparison.Ordinal);
        Assert.StartsWith("Template file:", PageForms.MessageBeside(await noFile.ExpectFormAgainAsync(), "Input.Text"), StringComparison.Ordinal);
        Assert.Equal("/templates/clinic-rep", added.ExpectRedirect());
        Assert.Contains("Added by rosa", await client.GetPageAsync("/templates/clinic-rep"));
    }

    [Fact]
    public async Task An_admin_deletes_a_template_from_the_list_with_htmx_or_from_its_page_and_an_executive_may_not()
    {
        await AddOwnAsync();
        await AddOwnAsync("second-territory");
        var admin = _factory.BrowserClient();
        var token = PageForms.TokenIn(await admin.GetPageAsync("/account/profile"));

        var byExecutive = await Browser("rosa").PostAsync($"/templates/{Own}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var htmx = new HttpRequestMessage(HttpMethod.Post, $"/templates/{Own}/delete") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        htmx.Headers.Add("HX-Request", "true");
        var inline = await admin.SendAsync(htmx);
        var plain = await admin.PostAsync("/templates/second-territory/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var builtIn = await admin.PostAsync("/templates/rep-territory/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, byExecutive.StatusCode);
        Assert.Equal((HttpStatusCode.OK, ""), (inline.StatusCode, await inline.Content.ReadAsStringAsync()));
        Assert.Equal("/templates", plain.ExpectRedirect());
        Assert.Equal("/templates/rep-territory", builtIn.ExpectRedirect());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/templates/{Own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/templates/second-territory")).StatusCode);
    }

    [Fact]
    public async Task An_executive_saves_the_demo_plan_as_a_template_named_in_a_small_form()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var client = Browser("rosa");
        var form = $"/plans/{demo.Id}/template";

        var page = await client.GetPageAsync(form);
        var clash = await client.SubmitAsync(form, [("Input.Name", "team-plan"), ("Input.Title", "Ours"), ("Input.Fits", "executive")]);
        var noTitle = await client.SubmitAsync(form, [("Input.Name", "org-plan"), ("Input.Title", ""), ("Input.Fits", "executive")]);
        var saved = await client.SubmitAsync(form, [("Input.Name", "org-plan"), ("Input.Title", "Our organisation plan"), ("Input.Description", "Last year's, to start from."), ("Input.Fits", "executive")]);

        Assert.Contains("owner: {{person}}", page);
        Assert.Contains("parent: {{parent}}", page);
        Assert.Contains("built-in", PageForms.MessageBeside(await clash.ExpectFormAgainAsync(), "Input.Name"), StringComparison.Ordinal);
        Assert.NotEmpty(PageForms.MessageBeside(await noTitle.ExpectFormAgainAsync(), "Input.Title"));
        Assert.Equal("/templates/org-plan", saved.ExpectRedirect());
        var template = await client.GetOkAsync("/api/v1/templates/org-plan");
        Assert.Equal(("organization", "rosa"), (template.Text("scope"), template.Text("added_by")[..4]));
        Assert.Contains("period: { start: {{period.start}}, end: {{period.end}} }", template.Text("text"), StringComparison.Ordinal);
    }

    private HttpClient Browser(string handle)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor(handle));
        return client;
    }

    private async Task AddOwnAsync(string name = Own)
    {
        using var added = await _factory.CreateClient().PostAsJsonAsync("/api/v1/templates", new { name, title = "A clinic rep's territory", scope = "person", fits = new[] { "rep" }, text = Text() });
        added.EnsureSuccessStatusCode();
    }

    private static string Text() => Core.Templates.PlanTemplates.Find("rep-territory").Text;

    private static MultipartFormDataContent Upload(string token, string text, params IEnumerable<(string Name, string Value)> fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "file", "template.yaml");
        return form;
    }
}
