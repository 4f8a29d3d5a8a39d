using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gameplan.Web.Tests.Pages;

/// <summary>
/// Reads pages and submits their forms the way a browser without JavaScript does: the antiforgery
/// token comes from the form's hidden field and the cookie stays in the client.
/// </summary>
internal static partial class PageForms
{
    public static HttpClient BrowserClient(this GameplanWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The page's HTML with entities decoded, so tests compare text as a reader sees it.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    public static string TokenIn(string html) =>
        Token().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>
    /// Opens the form at <paramref name="formUrl"/>, then posts the fields with its token (to a named handler if given,
    /// or to <paramref name="post"/> when the form's action has a query of its own).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string formUrl, IEnumerable<(string Name, string Value)> fields, string? handler = null, string? post = null)
    {
        var token = TokenIn(await client.GetPageAsync(formUrl));
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(post ?? (handler is null ? formUrl : $"{formUrl}?handler={handler}"), new FormUrlEncodedContent(body));
    }

    /// <summary>Expects POST-redirect-GET; returns where the browser is sent.</summary>
    public static string ExpectRedirect(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect but got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Expects the form to be shown again (200) and returns its decoded HTML.</summary>
    public static async Task<string> ExpectFormAgainAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the form again but got {(int)response.StatusCode} {response.Headers.Location}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>The validation message shown beside the input bound to <paramref name="field"/> (e.g. <c>Input.Due</c>).</summary>
    public static string MessageBeside(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-validation-error\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]+)</span>");
        Assert.True(match.Success, $"No message beside {field}; messages on the page: {string.Join(" | ", Messages().Matches(html).Select(m => m.Value))}");
        return match.Groups[1].Value;
    }

    /// <summary>The HTML of one element, from its opening tag with <paramref name="id"/> to the first closing <paramref name="tag"/> after it.</summary>
    public static string Element(string html, string id, string tag)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No element with id {id} on the page.");
        var end = html.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The HTML from <paramref name="marker"/> (any text: an attribute, a link) to the first <paramref name="end"/> after it.</summary>
    public static string Part(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Not on the page: {marker}");
        return html[start..html.IndexOf(end, start, StringComparison.Ordinal)];
    }

    /// <summary>The text of each cell of a table row, tags removed.</summary>
    public static string[] Cells(string row) =>
        Cell().Matches(row).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim()).ToArray();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<span class=\"field-validation-error\"[^>]*>[^<]*</span>")]
    private static partial Regex Messages();
}
