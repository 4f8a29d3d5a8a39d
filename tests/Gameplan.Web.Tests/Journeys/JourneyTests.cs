using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A class of browser journeys: each test gets its own app and Chromium page (<see cref="Journey"/>),
/// started before and stopped after it. Subclasses carry <c>[Collection(BrowserJourneys.Name)]</c>
/// themselves, so journeys never run in parallel.
/// </summary>
public abstract partial class JourneyTests : IAsyncLifetime
{
    protected BrowserJourney Journey { get; } = new();

    public Task InitializeAsync() => Journey.StartAsync();

    public Task DisposeAsync() => Journey.DisposeAsync().AsTask();

    /// <summary>The demo plan's name, whatever its year.</summary>
    [GeneratedRegex(@"^FY\d{4} Sales Plan$")]
    protected static partial Regex SalesPlan();
}
