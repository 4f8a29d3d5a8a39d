using Microsoft.Playwright;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// One headless Chromium for the whole test run: starting it took seconds per journey on two busy
/// cores. Journeys never share a context, so cookies and storage stay per journey. A browser that
/// crashed or disconnected is started again for the next journey. It ends with the test process.
/// </summary>
internal static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }
            if (_playwright is null)
            {
                _playwright = await Playwright.CreateAsync();
                // Stopping the driver closes its Chromium too, so no browser outlives the test process.
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _playwright.Dispose();
            }
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }
}
