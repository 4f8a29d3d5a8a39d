namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A test that runs two app processes on one PostgreSQL behind Debian's nginx. Without nginx or without a
/// PostgreSQL server named by <c>GAMEPLAN_TEST_POSTGRES</c> (test.sh starts one and sets it) the test is skipped
/// with the reason on a developer machine; in CI (<c>CI=true</c>) it always runs, so a missing piece fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultiInstanceFactAttribute : FactAttribute
{
    public const string PostgresVariable = "GAMEPLAN_TEST_POSTGRES";

    public MultiInstanceFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (!File.Exists(NginxProxy.ExecutablePath))
        {
            Skip = $"nginx is not installed at {NginxProxy.ExecutablePath} (apt-get install -y nginx); CI runs this test and fails without it.";
        }
        else if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            Skip = $"{PostgresVariable} names no PostgreSQL server (bash test.sh starts one and sets it); CI runs this test and fails without it.";
        }
    }
}
