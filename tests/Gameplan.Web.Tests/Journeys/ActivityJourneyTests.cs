using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Activities;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>Getting activity data in through the web: a rep's quick log on My day, and an admin's CRM import.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class ActivityJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_logs_calls_with_plus_one_and_a_quantity_and_watches_the_pace_change()
    {
        await ActiveTodayPlan.AddAsync(Journey.Factory, "lena", callsPerDay: 5);
        var page = await Journey.SignedInPageAsync("lena");

        await page.GetByRole(AriaRole.Link, new() { Name = "My day" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My day", Exact = true })).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add 1 to calls" }) });
        await Expect(row.Locator(".to-date")).ToHaveTextAsync(new Regex("^0 of "));
        var paceBefore = await row.Locator(".pace-badge").InnerTextAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Add 1 to calls" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged 1 calls.");
        await Expect(row.Locator(".logged-today")).ToHaveTextAsync("1");
        await Expect(row.Locator(".to-date")).ToHaveTextAsync(new Regex("^1 of "));

        await row.GetByLabel("Quantity of calls", new() { Exact = true }).FillAsync("4");
        await row.GetByLabel("Quantity of calls", new() { Exact = true }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged 4 calls.");
        await Expect(row.Locator(".logged-today")).ToHaveTextAsync("5");
        await Expect(row.Locator(".to-date")).ToHaveTextAsync(new Regex("^5 of "));
        await Expect(row.Locator(".pace-badge")).Not.ToHaveTextAsync(paceBefore);
        Assert.Equal("/activities", new Uri(page.Url).AbsolutePath);

        await page.ReloadAsync();
        await Expect(page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add 1 to calls" }) }).Locator(".logged-today")).ToHaveTextAsync("5");
    }

    [ChromiumFact]
    public async Task An_admin_uploads_a_crm_export_through_a_mapping_sees_the_preview_and_imports_it()
    {
        var day = ActiveTodayPlan.Today.AddDays(-1).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
        var csv = $"""
            Activity ID,Activity Date,Owner,Type,Duration (min)
            crm-1,{day},Lena Fischer,Prospecting,45
            crm-2,{day},Mateo Alvarez,Prospecting,30
            crm-3,{day},Lena Fischer,Email,2
            crm-4,{day},Nobody Known,Prospecting,10
            """;
        var page = await Journey.SignedInPageAsync("alex");

        await page.GotoAsync("/activities/import");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "crm-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByLabel("Mapping definition").SetInputFilesAsync(new FilePayload { Name = "crm.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(ImportUploads.CrmMapping) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.import-preview tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("table.import-preview")).ToContainTextAsync("mateo");
        await Expect(page.Locator("tr.import-error")).ToContainTextAsync("Nobody Known");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import nothing: 1 row is invalid" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 activities, skipping 1 row that is invalid" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported" })).ToBeVisibleAsync();
        await Expect(page.Locator("#import-outcome")).ToHaveTextAsync("2 activities imported (1 row skipped as invalid).");
        await Expect(page.Locator("#summary-imported")).ToHaveTextAsync("2");
        await Expect(page.Locator("#summary-invalid")).ToHaveTextAsync("1");
    }
}
