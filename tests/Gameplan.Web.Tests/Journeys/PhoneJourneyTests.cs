using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The header on a phone and on a laptop (ADR 0059): at 390 px the navigation is one "Menu" that opens
/// with the keyboard and closes after a boosted navigation; at 1400 px the links show in a row. Photographs
/// go to GAMEPLAN_SHOTS when it is set.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class PhoneJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task On_a_phone_the_navigation_is_one_menu_that_opens_with_the_keyboard_and_closes_after_a_navigation()
    {
        var page = await Journey.SignedInPageAsync("lena", width: 390, height: 844);
        var menu = page.Locator("#site-menu");
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"The header should be one row at 390 px; it is {header.Height} px tall.");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true })).ToBeHiddenAsync();
        await AssertNoSidewaysScrollAsync(page, "the plan list");
        await ShootAsync(page, "plans-390");

        // From the top of the page: the skip link, the brand, then the menu's button.
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 4 && !await page.Locator("#site-menu > summary").EvaluateAsync<bool>("s => s === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(page.Locator("#site-menu > summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("open", "");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "My day" })).ToBeVisibleAsync();
        var search = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await Expect(search).ToBeVisibleAsync();
        await Expect(search).ToHaveAttributeAsync("name", "q");
        await Expect(page.GetByRole(AriaRole.Search)).ToHaveAttributeAsync("action", "/search");
        await AssertNoSidewaysScrollAsync(page, "the open menu");
        await ShootAsync(page, "menu-open-390", fullPage: false);

        // The next Tab reaches the search box, then the links; a link is followed with Enter.
        await page.Keyboard.PressAsync("Tab");
        await Expect(search).ToBeFocusedAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "My day" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/activities");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");
        // Closed, the menu's links are out of sight and out of the accessibility tree: found by their address.
        await Expect(page.Locator("#site-menu a[href='/activities']")).ToBeHiddenAsync();
        await Expect(page.Locator("#site-menu a[href='/activities']")).ToHaveAttributeAsync("aria-current", "page");
        await AssertNoSidewaysScrollAsync(page, "My day");
        await ShootAsync(page, "my-day-390");

        // Escape closes the open menu and returns to its button.
        await page.Locator("#site-menu > summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("open", "");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("#site-menu > summary")).ToBeFocusedAsync();

        // Back to the plan list (htmx restores its copy of the page): the menu is closed there too.
        await page.GoBackAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/plans");
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() })).ToBeVisibleAsync();
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await Expect(page.Locator("#strategies")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the plan page");
        await ShootAsync(page, "plan-390");
    }

    [ChromiumFact]
    public async Task On_a_laptop_the_links_and_the_search_box_show_in_the_header_without_a_menu_button()
    {
        var page = await Journey.SignedInPageAsync("lena", width: 1400, height: 900);
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await Expect(page.Locator("#site-menu > summary")).ToBeHiddenAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox, new() { Name = "Search" })).ToBeVisibleAsync();
        await ShootAsync(page, "plans-1400");
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 140, $"The header should take at most two rows at 1400 px; it is {header.Height} px tall.");

        // A boosted navigation renders a new header: its links are there at once, the new page marked.
        await main.GetByRole(AriaRole.Link, new() { Name = "My day" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/activities");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "My day" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Pace", Exact = true })).ToBeVisibleAsync();
        await ShootAsync(page, "my-day-1400");

        await main.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await Expect(page.Locator("#strategies")).ToBeVisibleAsync();
        await ShootAsync(page, "plan-1400");
    }

    [ChromiumFact]
    public async Task A_plan_prints_as_a_document_without_navigation_buttons_or_forms_each_section_on_a_new_page()
    {
        var page = await Journey.SignedInPageAsync("rosa", width: 1400, height: 900);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await Expect(page.Locator("#strategies")).ToBeVisibleAsync();
        var closed = await page.Locator("main details:not([open])").CountAsync();
        Assert.True(closed > 0, "The demo plan has collapsed sections (findings, formulas) to print open.");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { "header.site-header", "nav.on-this-page", ".plan-actions", "footer.site-footer" })
        {
            Assert.Equal("none", await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }
        await Expect(page.Locator("main button:visible")).ToHaveCountAsync(0);
        await Expect(page.Locator("main form:visible")).ToHaveCountAsync(0);
        await Expect(page.Locator("main [hx-get]:visible, main [hx-post]:visible")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Goals", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Strategies and their tactics" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.goals tbody tr").First).ToBeVisibleAsync();
        Assert.Equal("page", await page.Locator("#strategies").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        Assert.Equal("page", await page.Locator("#reviews").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        Assert.Equal("avoid", await page.Locator("table.goals tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        Assert.Equal("avoid", await page.Locator("li.tactic").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        Assert.Equal("none", await page.Locator("hgroup .plan-facts a").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));

        // Printing opens every collapsed section, and closes them again afterwards.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await Expect(page.Locator("main details:not([open])")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        await Expect(page.Locator("main details:not([open])")).ToHaveCountAsync(closed);

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(PdfPages().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count > 3, "Each main section of the plan starts a page.");
        if (Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            await File.WriteAllBytesAsync(Path.Combine(shots, "plan-print.pdf"), pdf);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "plan-print.png"), FullPage = true });
        }
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{what} scrolls sideways at 390 px: {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide.");

    private static async Task ShootAsync(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}.png"), FullPage = fullPage });
        }
    }

    /// <summary>A page object of the PDF (not the page tree, /Type /Pages).</summary>
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPages();
}
