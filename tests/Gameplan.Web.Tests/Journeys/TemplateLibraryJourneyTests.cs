using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>The template library: an executive saves the demo plan as a template on a phone; an admin uploads one and deletes it.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class TemplateLibraryJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task An_executive_saves_the_demo_plan_as_a_template_and_finds_it_in_the_library_on_a_phone()
    {
        var page = await Journey.SignedInPageAsync("rosa", width: 390, height: 844);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Save as a template…" }).ClickAsync();
        await page.Locator("#Input_Name").FillAsync("sales-plan");
        await page.GetByLabel("Title").FillAsync("Our sales plan, to start from");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the template" }).ClickAsync();

        await page.WaitForURLAsync(TemplatePage());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Our sales plan, to start from");
        await Expect(page.Locator(".template-text")).ToContainTextAsync("owner: {{person}}");
        await Expect(page.Locator(".template-text")).ToContainTextAsync("period: { start: {{period.start}}, end: {{period.end}} }");
        await AssertNoSidewaysScrollAsync(page, "a template's page");

        // On a phone the navigation is one menu: opened first.
        await BrowserJourney.NavigateAsync(page, "Templates");
        var row = page.Locator("#template-sales-plan");
        await Expect(row).ToContainTextAsync("Our sales plan, to start from");
        await Expect(row).ToContainTextAsync("rosa");
        // An executive adds templates but does not delete them.
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Delete…" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a template" })).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the template library");
    }

    [ChromiumFact]
    public async Task An_admin_uploads_a_template_file_sees_a_broken_one_refused_at_its_line_and_deletes_a_template()
    {
        var page = await Journey.SignedInPageAsync("alex");
        var text = Core.Templates.PlanTemplates.Find("rep-territory").Text;
        await page.GotoAsync("/templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a template" }).ClickAsync();

        await FillUploadAsync(page, text.Replace("  owner: {{person}}", "  owner: [{{person}}]", StringComparison.Ordinal));
        await Expect(page.Locator("[data-valmsg-for='Input.Text']")).ToContainTextAsync("line 8, column");
        await FillUploadAsync(page, text);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/templates/clinic-rep");
        await Expect(page.Locator(".template-text")).ToContainTextAsync("owner: {{person}}");
        await page.GotoAsync("/templates");
        var row = page.Locator("#template-clinic-rep");
        await Expect(row).ToContainTextAsync("A clinic rep's plan");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.Locator("#request-error")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("#template-clinic-rep")).ToHaveCountAsync(0);
        await Expect(page.Locator("#template-rep-territory")).ToBeVisibleAsync();
    }

    private static async Task FillUploadAsync(IPage page, string text)
    {
        await page.GetByLabel("Template file").SetInputFilesAsync(new FilePayload { Name = "clinic-rep.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.Locator("#Input_Name").FillAsync("clinic-rep");
        await page.GetByLabel("Title").FillAsync("A clinic rep's plan");
        await page.GetByLabel("Makes").SelectOptionAsync("person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the template" }).ClickAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways at {page.ViewportSize?.Width} px");

    [GeneratedRegex(@"/templates/sales-plan$")]
    private static partial Regex TemplatePage();
}
