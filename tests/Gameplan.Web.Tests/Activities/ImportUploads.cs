using System.Net.Http.Headers;
using System.Text;
using Gameplan.Web.Tests.Pages;

namespace Gameplan.Web.Tests.Activities;

/// <summary>Uploads through /activities/import as a browser without JavaScript would, and waits for the background work.</summary>
internal static class ImportUploads
{
    public const string CrmMapping = """
        {
          "date": { "column": "Activity Date", "format": "MM/dd/yyyy" },
          "person": { "column": "Owner", "match": "name" },
          "metric": { "column": "Type", "values": { "Call": "calls", "Prospecting": "prospecting_minutes" }, "ignore": ["Email"] },
          "quantity": { "column": "Duration (min)", "duration": "minutes" },
          "external_id": { "column": "Activity ID" }
        }
        """;

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string csv, string? mapping = null, bool withToken = true)
    {
        var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(PageForms.TokenIn(await client.GetPageAsync("/activities/import"))), "__RequestVerificationToken");
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "activities.csv");
        if (mapping is not null)
        {
            var json = new ByteArrayContent(Encoding.UTF8.GetBytes(mapping));
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(json, "mappingFile", "crm.json");
        }
        return await client.PostAsync("/activities/import", form);
    }

    /// <summary>Reads the upload's page until the background work shows <paramref name="marker"/> (at most 30 seconds).</summary>
    public static async Task<string> WaitForAsync(this HttpClient client, string url, string marker)
    {
        var html = "";
        for (var attempt = 0; attempt < 120; attempt++)
        {
            html = await client.GetPageAsync(url);
            if (html.Contains(marker, StringComparison.Ordinal))
            {
                return html;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} never showed '{marker}': {html}");
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string url, bool skipInvalid)
    {
        var token = PageForms.TokenIn(await client.GetPageAsync(url));
        return await client.PostAsync(url, new FormUrlEncodedContent([new("skipInvalid", skipInvalid ? "true" : "false"), new("__RequestVerificationToken", token)]));
    }
}
