namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A test that puts Debian's nginx in front of the app. On a developer machine without nginx the test is
/// skipped with the reason; in CI (<c>CI=true</c>) it always runs, so a missing nginx fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (!File.Exists(NginxProxy.ExecutablePath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"nginx is not installed at {NginxProxy.ExecutablePath} (apt-get install -y nginx); CI runs this test and fails without it.";
        }
    }
}
