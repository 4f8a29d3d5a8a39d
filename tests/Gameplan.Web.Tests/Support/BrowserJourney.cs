using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The real app listening on a free loopback port (Kestrel, on its own temporary database) and a headless
/// Debian Chromium driven by Playwright. Playwright's own browser download is never used. Each journey's
/// tabs live in their own browser contexts (own cookies and storage) of one Chromium shared by the run.
/// </summary>
public sealed class BrowserJourney : IAsyncDisposable
{
    private readonly GameplanWebFactory _factory;
    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    /// <param name="factory">The app to serve, e.g. <c>new GameplanWebFactory(seedDemo: false)</c> for a first run; the demo by default. The journey disposes it.</param>
    public BrowserJourney(GameplanWebFactory? factory = null) => _factory = factory ?? new GameplanWebFactory();

    public Uri BaseAddress { get; private set; } = null!;

    public GameplanWebFactory Factory => _factory;

    public async Task StartAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
        Assertions.SetDefaultExpectTimeout(20_000);
        _browser = await SharedChromium.GetAsync();
    }

    /// <summary>A fresh browser tab (own cookies) of the given width; 1280 is a laptop, 390 a phone.</summary>
    /// <param name="bypassCsp">Only for tests that inject a checker (axe-core) into the page; the app's own scripts never need it.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, BypassCSP = bypassCsp });
        _contexts.Add(context);
        // Generous: CI runs the whole suite on two busy cores, and each sign-in hashes 210,000 PBKDF2 rounds.
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh tab signed in through the sign-in form as the demo person <paramref name="handle"/> (rosa is the executive).</summary>
    public async Task<IPage> SignedInPageAsync(string handle = "rosa", int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        // Journeys start from the plan list, whatever the person's home: the sign-in goes straight there
        // (its return address), so a busy box does not also render the home first.
        await SignInAsync(page, $"{handle}@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password, returnUrl: "/plans");
        await WaitForHomeAsync(page);
        if (new Uri(page.Url).AbsolutePath != "/plans")
        {
            await page.GotoAsync("/plans");
        }
        return page;
    }

    /// <summary>Waits until the sign-in has landed the person on their home (the inbox, My day, the plans or their role's home).</summary>
    /// <remarks>A sign-in hashes 210,000 PBKDF2 rounds and the home gathers the inbox: on a busy CI box, beside the PostgreSQL
    /// suite, that has taken longer than the context's 45 s, so this one wait is given twice that.</remarks>
    public static Task WaitForHomeAsync(IPage page) =>
        page.WaitForURLAsync(url => new Uri(url).AbsolutePath is "/plans" or "/inbox" or "/activities" or "/home/team" or "/home/organization" or "/home/setup", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });

    /// <summary>Fills and sends the sign-in form; with <paramref name="returnUrl"/>, as when a page sent the person to sign in.</summary>
    public static async Task SignInAsync(IPage page, string email, string password, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/account/sign-in" : $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Opens the header's "Menu" when the screen is narrow enough to fold the navigation into it (a phone); does nothing when the links show in a row.</summary>
    public static async Task OpenMenuIfCollapsedAsync(IPage page)
    {
        var summary = page.Locator("#site-menu > summary");
        if (await summary.IsVisibleAsync() && !await page.Locator("#site-menu").EvaluateAsync<bool>("menu => menu.open"))
        {
            await summary.ClickAsync();
        }
    }

    /// <summary>Follows a link of the main navigation, through the menu on a phone.</summary>
    public static async Task NavigateAsync(IPage page, string link)
    {
        await OpenMenuIfCollapsedAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // The browser is shared by the whole run (SharedChromium); this journey's tabs and cookies end here.
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        await _factory.DisposeAsync();
    }
}
