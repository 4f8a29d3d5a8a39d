using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.OpenApi;

/// <summary>The interactive API documentation at /api/docs, once Swagger UI has drawn the operations, has no serious or critical axe-core violation.</summary>
public sealed class ApiDocsAccessibilityTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task The_api_docs_page_has_no_serious_accessibility_violation_at_desktop_and_phone_width()
    {
        await using var journey = new BrowserJourney();
        await journey.StartAsync();
        foreach (var width in new[] { 1400, 390 })
        {
            var page = await journey.NewPageAsync(width, bypassCsp: true);
            await page.GotoAsync("/api/docs/index.html");
            await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
            // An operation opened, as a reader would, so its parameters and responses are checked too.
            await page.Locator(".opblock-summary").First.ClickAsync();
            await Assertions.Expect(page.Locator(".opblock-body").First).ToBeVisibleAsync();

            var all = await Axe.RunAsync(page);
            foreach (var violation in all)
            {
                output.WriteLine($"{width}px {violation}");
            }
            var serious = all.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{width}px: {string.Join(Environment.NewLine, serious)}");
        }
    }
}
