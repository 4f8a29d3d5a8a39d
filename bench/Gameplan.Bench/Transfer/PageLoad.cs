using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Gameplan.Bench.Transfer;

/// <summary>
/// One load of a page in Chromium as the DevTools protocol sees it: every request the page makes (the
/// HTML, its styles, scripts and images), the bytes that crossed the wire (headers and the encoded body,
/// <c>Network.loadingFinished.encodedDataLength</c>; nothing for a file served from the browser's cache),
/// the bytes after decoding (<c>Network.dataReceived.dataLength</c>, cached files included), and the times from
/// the navigation's start to the HTML's first byte (the server's share), the LCP and the load event.
/// </summary>
internal sealed record PageLoad(int Requests, IReadOnlyList<string> Fetched, long WireBytes, long DecodedBytes, long HtmlWireBytes, long HtmlDecodedBytes, double FirstByteMs, double LcpMs, double LoadMs)
{
    private const string Lcp = """
        () => new Promise(resolve => {
            new PerformanceObserver(list => { const all = list.getEntries(); resolve(all[all.length - 1].startTime); })
                .observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(-1), 5000);
        })
        """;

    /// <summary>Navigates <paramref name="page"/> to <paramref name="url"/> as a typed address (Sec-Fetch-Site: none) and waits for its load event.</summary>
    public static async Task<PageLoad> MeasureAsync(IPage page, ICDPSession devTools, string url)
    {
        var requests = new ConcurrentDictionary<string, string>();
        var wire = new ConcurrentDictionary<string, long>();
        var decoded = new ConcurrentDictionary<string, long>();
        void Sent(object? _, JsonElement? e) => requests[Id(e)] = e!.Value.GetProperty("request").GetProperty("url").GetString()!;
        void Received(object? _, JsonElement? e) => decoded.AddOrUpdate(Id(e), e!.Value.GetProperty("dataLength").GetInt64(), (_, sum) => sum + e.Value.GetProperty("dataLength").GetInt64());
        void Finished(object? _, JsonElement? e) => wire[Id(e)] = (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
        devTools.Event("Network.requestWillBeSent").OnEvent += Sent;
        devTools.Event("Network.dataReceived").OnEvent += Received;
        devTools.Event("Network.loadingFinished").OnEvent += Finished;
        try
        {
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            var lcp = await page.EvaluateAsync<double>(Lcp);
            var load = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
            var firstByte = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].responseStart");
            // Events can trail the load event by a moment; the counts are read after the page's own work.
            await Task.Delay(500);
            var html = requests.Where(r => r.Value == url).Select(r => r.Key).ToList();
            return new PageLoad(
                requests.Count,
                wire.Where(w => w.Value > 0).Select(w => requests.GetValueOrDefault(w.Key, "?")).ToList(),
                wire.Values.Sum(),
                decoded.Values.Sum(),
                html.Sum(id => wire.GetValueOrDefault(id)),
                html.Sum(id => decoded.GetValueOrDefault(id)),
                firstByte,
                lcp,
                load);
        }
        finally
        {
            devTools.Event("Network.requestWillBeSent").OnEvent -= Sent;
            devTools.Event("Network.dataReceived").OnEvent -= Received;
            devTools.Event("Network.loadingFinished").OnEvent -= Finished;
        }
    }

    private static string Id(JsonElement? e) => e!.Value.GetProperty("requestId").GetString()!;
}
