using Npgsql;

namespace Gameplan.Bench.Activities;

/// <summary>
/// A throw-away database on the configured server, dropped (with its connections) when disposed,
/// so a benchmark leaves nothing behind. psql gets the same server through its environment.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 };
        ConnectionString = builder.ConnectionString;
        Environment = new Dictionary<string, string>
        {
            ["PGHOST"] = builder.Host ?? "127.0.0.1",
            ["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = builder.Username ?? "",
            ["PGPASSWORD"] = builder.Password ?? "",
            ["PGDATABASE"] = name,
        };
    }

    public string ConnectionString { get; }

    public IDictionary<string, string> Environment { get; }

    public static async Task<PostgresDatabase> CreateAsync(string server, string name)
    {
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new PostgresDatabase(server, name);
    }

    /// <summary>Arguments for one psql command that stops at the first error.</summary>
    public IEnumerable<string> Psql(string command) => ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", command];

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
