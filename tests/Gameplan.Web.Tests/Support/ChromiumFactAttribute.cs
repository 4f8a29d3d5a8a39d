namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A test that drives Debian's Chromium. On a developer machine without it the test is skipped with the
/// reason; in CI (<c>CI=true</c>) it always runs, so a missing browser fails the build instead of hiding.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium); CI runs this test and fails without it.";
        }
    }
}
