namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Tests that talk to a real server started in the test process (the OpenID provider on Kestrel) run one
/// class at a time, after the in-process tests: on two busy cores the suite's parallel hosts, some of them
/// blocking on async work, starve the provider's threads until the app's back-channel call to it times out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProviders
{
    public const string Name = "Real providers";
}
