namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The browser journeys run one class at a time, after the in-process tests and never beside them:
/// each drives a real Chromium against a real Kestrel host, and on two busy cores the suite's
/// hundreds of parallel hosts starve them into timeouts that say nothing about the product.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserJourneys
{
    public const string Name = "Browser journeys";
}
