using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Walks the app as one signed-in person: every page reachable from the navigation and the plan pages
/// (one page of each route shape, e.g. one tactic's edit page), every link and form on them, and
/// reports each control the person is refused or that leads nowhere.
/// Links are fetched (GET, redirects not followed: a redirect to "Not allowed" is a refusal). Forms are
/// posted without their antiforgery token, so nothing changes: the authorisation that guards the target
/// answers first (403, or 400 for the missing token once it lets the request in). htmx buttons are also
/// clicked, once per route shape, after the walk: a refused or failed request must show the page's alert.
/// </summary>
public sealed partial class ControlCrawl(IPage page)
{
    private readonly HashSet<string> _shapesVisited = [];
    private readonly HashSet<string> _checked = [];
    private readonly HashSet<string> _clicked = [];
    private readonly List<string> _pagesWithHtmx = [];
    private readonly List<string> _problems = [];

    /// <summary>Each refused, missing or silent control, with the page it is on.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>How many distinct controls were checked (a crawl that checks nothing proves nothing).</summary>
    public int Checked => _checked.Count;

    public async Task RunAsync(string start = "/plans")
    {
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var url))
        {
            if (!_shapesVisited.Add(Shape(url)))
            {
                continue;
            }
            var response = await page.GotoAsync(url);
            if (response is null || response.Status >= 400 || new Uri(page.Url).AbsolutePath.StartsWith("/account/denied", StringComparison.Ordinal))
            {
                _problems.Add($"{url}: the page answered {response?.Status} at {page.Url}");
                continue;
            }
            var controls = await page.EvaluateAsync<JsonElement>(CollectScript);
            foreach (var link in controls.GetProperty("links").EnumerateArray().Select(l => l.GetString()!))
            {
                if (await CheckLinkAsync(url, link) is { } next && Crawlable(next))
                {
                    queue.Enqueue(next);
                }
            }
            foreach (var form in controls.GetProperty("forms").EnumerateArray())
            {
                await CheckFormAsync(url, form.GetProperty("method").GetString()!, form.GetProperty("action").GetString()!);
            }
            foreach (var dead in controls.GetProperty("dead").EnumerateArray())
            {
                _problems.Add($"{url}: the button '{dead.GetString()}' belongs to no form and sends nothing");
            }
            if (controls.GetProperty("htmx").GetBoolean())
            {
                _pagesWithHtmx.Add(url);
            }
        }
        // Last, as the clicks change things (an inline delete removes what other pages link to).
        foreach (var url in _pagesWithHtmx)
        {
            await page.GotoAsync(url);
            await ClickHtmxButtonsAsync(url);
        }
    }

    /// <summary>GETs a link without following redirects; returns its path when it is a page of this app worth visiting.</summary>
    private async Task<string?> CheckLinkAsync(string from, string href)
    {
        if (href.StartsWith('#') || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var target = href.Split('#')[0];
        if (_checked.Add($"GET {target}"))
        {
            var answer = await page.Context.APIRequest.GetAsync(target, new() { MaxRedirects = 0 });
            var location = answer.Headers.GetValueOrDefault("location", "");
            if (answer.Status is 403 or 404 || answer.Status >= 500 || location.Contains("/account/denied", StringComparison.Ordinal) || location.Contains("/account/sign-in", StringComparison.Ordinal))
            {
                _problems.Add($"{from}: the link {href} answered {answer.Status} {location}".TrimEnd());
            }
        }
        return target;
    }

    private async Task CheckFormAsync(string from, string method, string action)
    {
        if (action.StartsWith("/account/sign-out", StringComparison.Ordinal) || !_checked.Add($"{method} {action}"))
        {
            return;
        }
        var options = new APIRequestContextOptions { Method = method, MaxRedirects = 0, Headers = new Dictionary<string, string> { ["HX-Request"] = "true" } };
        var answer = await page.Context.APIRequest.FetchAsync(action, options);
        var location = answer.Headers.GetValueOrDefault("location", "");
        if (answer.Status is 401 or 403 or 404 or 405 || answer.Status >= 500 || location.Contains("/account/denied", StringComparison.Ordinal))
        {
            _problems.Add($"{from}: the form {method} {action} answered {answer.Status} {location}".TrimEnd());
        }
    }

    /// <summary>Clicks the first valid htmx form of each target shape on the page, accepting its question; a failed request must be shown.</summary>
    private async Task ClickHtmxButtonsAsync(string from)
    {
        var forms = page.Locator("form[hx-post]");
        for (var i = 0; i < await forms.CountAsync(); i++)
        {
            var form = forms.Nth(i);
            var action = await form.GetAttributeAsync("hx-post") ?? "";
            if (!await form.IsVisibleAsync() || !await form.EvaluateAsync<bool>("f => f.checkValidity()") || !_clicked.Add(Shape(action)))
            {
                continue;
            }
            page.Dialog += Accept;
            try
            {
                var answer = await page.RunAndWaitForResponseAsync(
                    () => form.Locator("button[type=submit], button:not([type])").First.ClickAsync(),
                    r => r.Request.Method == "POST" && r.Url.Contains(action.Split('?')[0], StringComparison.Ordinal));
                if (answer.Status == 403)
                {
                    _problems.Add($"{from}: the htmx button of {action} answered 403");
                }
                if (answer.Status >= 400)
                {
                    await Assertions.Expect(page.Locator("#request-error")).ToBeVisibleAsync();
                }
            }
            finally
            {
                page.Dialog -= Accept;
            }
            return;
        }

        static void Accept(object? sender, IDialog dialog) => _ = dialog.AcceptAsync();
    }

    /// <summary>Pages of this app (not the API, files or the API viewer) are visited; the rest is only fetched.</summary>
    private static bool Crawlable(string path) =>
        !path.StartsWith("/api", StringComparison.Ordinal) && !path.StartsWith("/account/sign-out", StringComparison.Ordinal);

    /// <summary>A URL with its ids replaced, so one page stands for all pages of the same kind.</summary>
    public static string Shape(string url) => Digits().Replace(Query().Replace(url.Split('#')[0], m => m.Groups[1].Value + "="), "/#");

    [GeneratedRegex(@"/\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"([?&][^=&]+)=[^&]*")]
    private static partial Regex Query();

    private const string CollectScript = """
        () => {
          const here = location.pathname + location.search;
          const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
          const forms = [...document.querySelectorAll('form, [hx-post], [hx-get]')].map(f => {
            const hx = f.getAttribute('hx-post') || f.getAttribute('hx-get');
            const method = f.getAttribute('hx-post') ? 'POST' : f.getAttribute('hx-get') ? 'GET' : (f.getAttribute('method') || 'GET').toUpperCase();
            return { method, action: hx || f.getAttribute('action') || here };
          });
          const dead = [...document.querySelectorAll('button')]
            .filter(b => !b.form && ![...b.attributes].some(a => a.name.startsWith('hx-')) && b.type !== 'button')
            .map(b => b.textContent.trim());
          return { links, forms, dead, htmx: !!document.querySelector('form[hx-post]') };
        }
        """;
}
