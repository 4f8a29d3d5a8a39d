using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>The plan import page takes OKR documents too: a preview of what each line becomes, then a draft plan.</summary>
public sealed partial class ImportOkrPageTests : IDisposable
{
    private const string Outline = """
        # Mid-Market OKRs 2027

        ## Win multi-site clinics in the north-east through partner referrals (Lena Fischer)
        - KR1: Sign 40 new multi-site clinics by Q3 (Mid-Market)
        - KR2: Grow partner-sourced pipeline from $1M to $2.5M
          - Initiative: Run two partner webinars per month (Mid-Market)
          - Initiative: Publish three referral case studies by April 30 (Marketing)
        """;

    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_okr_outline_is_previewed_line_by_line_and_saved_as_a_draft_plan_of_the_team_it_names()
    {
        var client = _factory.BrowserClient();

        var preview = await (await UploadAsync(client, Outline, "mid-market.md", "text/markdown")).ExpectFormAgainAsync();

        Assert.Contains("What mid-market.md becomes", preview);
        Assert.Matches(@"<strong>goal</strong>\s*<code>goals\[g1\]</code>", preview);
        Assert.Contains("'Mid-Market' is the team 'Mid-Market', the plan's team: owned by the team", preview);
        Assert.Contains("'Lena Fischer' is the person 'lena'", preview);
        Assert.Contains("'Marketing' owns line(s) 7", preview);
        Assert.DoesNotContain("Mid-Market OKRs 2027", await client.GetPageAsync("/plans"));

        var saved = await SaveAsync(client, preview);

        var page = await client.GetPageAsync(saved.ExpectRedirect());
        Assert.Contains("Mid-Market OKRs 2027", page);
        Assert.Contains("OKRs imported as a draft plan", page);
        Assert.Contains("Run two partner webinars per month", page);
    }

    [Fact]
    public async Task A_csv_is_known_by_its_content_and_a_document_without_objectives_shows_its_line()
    {
        var client = _factory.BrowserClient();
        const string table = "Objective Name;Key Result;Owner;Target Value;Due Date\nKeep every clinic we win;Hold gross retention at 95%;lena;95;2027-12-31\n";

        var csv = await (await UploadAsync(client, table, "export", "application/octet-stream")).ExpectFormAgainAsync();
        var broken = await (await UploadAsync(client, "Key Result,Owner\nSign 10 clinics,lena\n", "okrs.csv", "text/csv")).ExpectFormAgainAsync();

        Assert.Contains("Hold gross retention at 95%", csv);
        Assert.Contains("Save as a draft plan", csv);
        Assert.Contains("could not be read as OKRs; nothing was imported", broken);
        Assert.Contains("line 1, column 1: the header has no objective column", broken);
        Assert.DoesNotContain("Save as a draft plan", broken);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string name, string type)
    {
        var token = PageForms.TokenIn(await client.GetPageAsync("/plans/import"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        return await client.PostAsync("/plans/import", form);
    }

    /// <summary>Posts the preview's "Save as a draft plan" form: the document it carries, with the page's token.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string preview)
    {
        var document = Document().Match(preview);
        Assert.True(document.Success, "The preview carries no document to save.");
        var fields = new Dictionary<string, string>
        {
            ["Document"] = document.Groups["text"].Value,
            ["DocumentName"] = Name().Match(preview).Groups["name"].Value,
            ["__RequestVerificationToken"] = PageForms.TokenIn(preview),
        };
        return await client.PostAsync("/plans/import?handler=Save", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<textarea name=\"Document\" hidden aria-hidden=\"true\">(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Document();

    [GeneratedRegex("name=\"DocumentName\" value=\"(?<name>[^\"]*)\"")]
    private static partial Regex Name();
}
