namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A test that runs node (for ical.js). Without node on the PATH the test is skipped with the reason; in CI
/// (<c>CI=true</c>) it always runs, so a missing node fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (IcalJs.NodePath is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "node is not on the PATH (apt-get install -y nodejs); the feed is parsed with ical.js under node. CI runs this test and fails without it.";
        }
    }
}
