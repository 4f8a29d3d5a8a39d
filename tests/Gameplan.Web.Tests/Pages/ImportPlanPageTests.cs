using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class ImportPlanPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_uploaded_plan_file_becomes_a_plan_and_a_broken_one_shows_its_line()
    {
        var client = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var yaml = (await _factory.CreateClient().GetStringAsync($"{demo.Url}/file")).Replace("FY", "Uploaded FY", StringComparison.Ordinal);

        var imported = await UploadAsync(client, yaml);
        var broken = await UploadAsync(client, "version: 1\nplan:\n  name: \"unclosed\n");

        var location = imported.ExpectRedirect();
        Assert.Contains("Uploaded FY", await client.GetPageAsync(location));
        var html = await broken.ExpectFormAgainAsync();
        Assert.Contains("could not be read", html);
        Assert.Matches(@"line \d+, column \d+", html);
    }

    [Fact]
    public async Task An_acknowledgement_the_import_leaves_out_is_named_on_the_page_it_lands_on()
    {
        var client = _factory.BrowserClient();
        const string yaml = """
            version: 1
            plan:
              name: Lena's calls
              scope: person
              owner: lena
              period: { start: 2027-01-01, end: 2027-12-31 }
              tactics:
                - id: t1
                  action: Call five practice managers every working day.
                  owner: lena
                  due: 2027-03-31
                  activities:
                    - { metric: calls, unit: count, target: 5, per: day, acknowledged_by: [{ handle: lena, date: 2027-01-04 }, mateo] }
            """;

        var location = (await UploadAsync(client, yaml)).ExpectRedirect();
        var page = System.Net.WebUtility.HtmlDecode(await client.GetPageAsync(location));

        Assert.Contains("Plan imported. Not stored: tactics[t1].activities[0].acknowledged_by: mateo is not bound by this commitment (it binds lena)", page);
    }

    [Fact]
    public async Task Only_an_admin_may_open_the_import_page()
    {
        var response = await _factory.CreateClientAs("rosa").GetAsync("/plans/import");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string yaml)
    {
        var token = PageForms.TokenIn(await client.GetPageAsync("/plans/import"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(yaml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "file", "plan.yaml");
        return await client.PostAsync("/plans/import", form);
    }
}
