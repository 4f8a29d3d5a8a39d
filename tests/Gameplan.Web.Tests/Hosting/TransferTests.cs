using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Hosting;

/// <summary>
/// What crosses the wire (ADR 0055): pages and API answers compressed with Brotli or gzip, the layout's
/// scripts and styles under fingerprinted URLs cached for a year, and no compressed answer to a
/// cookie-carrying request that another site may have caused (BREACH).
/// </summary>
public sealed partial class TransferTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_demo_plan_page_is_compressed_and_unpacks_to_the_page_sent_uncompressed(string encoding)
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);

        var compressed = await GetAsync(client, $"/plans/{demo.Id}", encoding);
        var plain = await GetAsync(client, $"/plans/{demo.Id}", null);

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var packed = await compressed.Content.ReadAsByteArrayAsync();
        var page = await plain.Content.ReadAsByteArrayAsync();
        Assert.True(packed.Length * 3 < page.Length, $"{encoding}: {packed.Length} bytes for a {page.Length}-byte page");
        // Each answer carries its own antiforgery token; everything else is the same page.
        Assert.Equal(WithoutTokens(page), WithoutTokens(Unpack(encoding, packed)));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task An_api_answer_is_compressed_and_unpacks_to_the_same_json(string encoding)
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);

        var compressed = await GetAsync(client, demo.Url, encoding);
        var plain = await GetAsync(client, demo.Url, null);

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Unpack(encoding, await compressed.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_plan_page_loads_every_script_and_style_from_a_fingerprinted_url_cached_for_a_year()
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);
        var assets = LayoutAssets(await (await GetAsync(client, $"/plans/{demo.Id}", null)).Content.ReadAsStringAsync());

        Assert.Contains(assets, a => a.StartsWith("/lib/htmx/htmx.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/lib/pico/pico.min.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/favicon.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/lib/chartjs/chart.umd.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprinted(), asset);
            var answer = await GetAsync(client, asset, null);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var cache = answer.Headers.CacheControl;
            Assert.True(cache?.MaxAge >= TimeSpan.FromDays(365) && cache.Extensions.Any(e => e.Name == "immutable"), $"{asset}: Cache-Control {cache}");
        }
    }

    [Theory]
    [InlineData("/css/site.css", "br")]
    [InlineData("/css/site.css", "gzip")]
    [InlineData("/lib/htmx/htmx.min.js", "br")]
    [InlineData("/lib/htmx/htmx.min.js", "gzip")]
    public async Task A_style_or_script_is_compressed_under_its_fingerprinted_url_and_unpacks_to_the_file(string path, string encoding)
    {
        var client = _factory.CreateAnonymousClient();
        var url = await FingerprintedUrlAsync(path);

        var compressed = await GetAsync(client, url, encoding);
        var plain = await GetAsync(client, url, null);

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        var file = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(file, Unpack(encoding, await compressed.Content.ReadAsByteArrayAsync()));
        Assert.True(compressed.Content.Headers.ContentLength < file.Length / 2, $"{url} {encoding}: {compressed.Content.Headers.ContentLength} of {file.Length} bytes");
    }

    [Fact]
    public async Task A_file_under_its_plain_name_is_still_served_and_revalidated_instead_of_cached_for_a_year()
    {
        var client = _factory.CreateAnonymousClient();

        var plain = await GetAsync(client, "/css/site.css", null);
        var fingerprinted = await GetAsync(client, await FingerprintedUrlAsync("/css/site.css"), null);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("text/css", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await fingerprinted.Content.ReadAsByteArrayAsync(), await plain.Content.ReadAsByteArrayAsync());
        Assert.True(plain.Headers.CacheControl?.NoCache, $"Cache-Control {plain.Headers.CacheControl}");
        Assert.NotNull(plain.Headers.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_the_browser_already_has_is_answered_304_without_a_body(bool fingerprinted)
    {
        var client = _factory.CreateAnonymousClient();
        var url = fingerprinted ? await FingerprintedUrlAsync("/js/site.js") : "/js/site.js";
        var first = await GetAsync(client, url, "gzip");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.AcceptEncoding.ParseAdd("gzip");
        again.Headers.IfNoneMatch.Add(tag);
        var answer = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, answer.StatusCode);
        Assert.Empty(await answer.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_signed_in_browser_gets_pages_compressed_for_its_own_requests_and_uncompressed_for_another_sites()
    {
        var browser = _factory.AnonymousBrowser();
        (await browser.SignInAsync(AccountForms.DemoEmail("rosa"))).ExpectRedirect();
        var demo = await DemoPlan.LoadAsync(_factory.CreateClientAs("rosa"));
        var page = $"/plans/{demo.Id}";

        var own = await GetAsync(browser, page, "br", fetchSite: "same-origin");
        var typed = await GetAsync(browser, page, "br", fetchSite: "none");
        var fromElsewhere = await GetAsync(browser, page, "br", fetchSite: "cross-site");
        var sibling = await GetAsync(browser, page, "br", fetchSite: "same-site");
        var unsaid = await GetAsync(browser, page, "br", fetchSite: null);
        var style = await GetAsync(browser, await FingerprintedUrlAsync("/css/site.css"), "gzip", fetchSite: "cross-site");

        Assert.All(new[] { own, typed, fromElsewhere, sibling, unsaid }, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal("br", Assert.Single(own.Content.Headers.ContentEncoding));
        Assert.Equal("br", Assert.Single(typed.Content.Headers.ContentEncoding));
        Assert.Empty(fromElsewhere.Content.Headers.ContentEncoding);
        Assert.Empty(sibling.Content.Headers.ContentEncoding);
        Assert.Empty(unsaid.Content.Headers.ContentEncoding);
        Assert.Contains("sign-out", await fromElsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A static file holds no one's secrets: it stays compressed whoever asks.
        Assert.Equal("gzip", Assert.Single(style.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task A_calendar_feed_is_compressed()
    {
        var client = _factory.CreateClientAs("rosa");
        var url = (await (await client.PostAsync("/api/v1/me/calendar-feed", null)).ExpectAsync(HttpStatusCode.Created)).Text("path");

        var compressed = await GetAsync(_factory.CreateAnonymousClient(), url, "gzip");
        var plain = await GetAsync(_factory.CreateAnonymousClient(), url, null);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.StartsWith("BEGIN:VCALENDAR", Encoding.UTF8.GetString(Unpack("gzip", await compressed.Content.ReadAsByteArrayAsync())), StringComparison.Ordinal);
    }

    private async Task<string> FingerprintedUrlAsync(string path)
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);
        var html = await (await GetAsync(client, $"/plans/{demo.Id}", null)).Content.ReadAsStringAsync();
        var stem = path[..path.LastIndexOf('.')];
        return LayoutAssets(html).Single(a => a.StartsWith(stem + ".", StringComparison.Ordinal) && Fingerprinted().IsMatch(a));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? encoding, string? fetchSite = "same-origin")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] Unpack(string encoding, byte[] packed)
    {
        using var input = new MemoryStream(packed);
        using Stream unpacking = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        unpacking.CopyTo(output);
        return output.ToArray();
    }

    private static string WithoutTokens(byte[] page) => AntiforgeryToken().Replace(Encoding.UTF8.GetString(page), "TOKEN");

    private static List<string> LayoutAssets(string html) =>
        AssetReference().Matches(html).Select(m => m.Groups[1].Value).Where(url => url.StartsWith('/')).ToList();

    // Styles, scripts and the chart library the risk radar's script loads from its canvas.
    [GeneratedRegex("(?:<link [^>]*href|<script [^>]*src|data-chart-src)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();

    // The build's fingerprint: ten lower-case letters or digits before the extension, e.g. site.alnrx8o6eo.css.
    [GeneratedRegex(@"\.[a-z0-9]{10}\.(css|js|svg)$")]
    private static partial Regex Fingerprinted();

    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]+")]
    private static partial Regex AntiforgeryToken();
}
