using Npgsql;

namespace Gameplan.Core.Tests.Support;

/// <summary>Which database the storage tests run on, and whether that server can be reached.</summary>
public static class TestProvider
{
    private static readonly Lazy<string?> Unreachable = new(Probe);

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("GAMEPLAN_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string of a server where tests may create and drop databases.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("GAMEPLAN_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=gameplan;Password=gameplan;Database=postgres";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the chosen provider cannot run here, or null when it can. In CI nothing is skipped.</summary>
    public static string? SkipReason => IsPostgres && !InCi ? Unreachable.Value : null;

    private static string? Probe()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Timeout = 3 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL suite skipped: no server at GAMEPLAN_TEST_POSTGRES ({e.Message}). Run `bash test.sh`, which starts one.";
        }
    }
}
