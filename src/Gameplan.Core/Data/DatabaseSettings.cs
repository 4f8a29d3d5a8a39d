namespace Gameplan.Core.Data;

/// <summary>
/// Where the data lives. SQLite (a single file) by default; PostgreSQL when configured. The web
/// app reads it from the <c>Database</c> configuration section, the CLI from <c>--db</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The default SQLite file: the user's local application data folder, shared by the web app and the CLI.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "gameplan", "gameplan.db");

    public static DatabaseSettings Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.GetFullPath(path)}");

    public static DatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>
    /// Reads a <c>--db</c> value: a PostgreSQL connection string (<c>Host=...</c> or a
    /// <c>postgres://</c> URL) or else a SQLite file path. Null or blank means the default file.
    /// </summary>
    public static DatabaseSettings FromArgument(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Sqlite(DefaultSqlitePath);
        }
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(new Uri(text)));
        }
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(text);
        }
        if (text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, text);
        }
        return Sqlite(text);
    }

    /// <summary>
    /// Reads the <c>Database</c> configuration: <c>Provider</c> (Sqlite|Postgres),
    /// <c>ConnectionString</c>, or for SQLite just <c>Path</c>.
    /// </summary>
    public static DatabaseSettings FromConfiguration(string? provider, string? connectionString, string? path)
    {
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.")
                : FromArgument(connectionString) with { Provider = DatabaseProvider.Postgres };
        }
        if (!string.IsNullOrWhiteSpace(provider) && !string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or Postgres.");
        }
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new(DatabaseProvider.Sqlite, connectionString);
        }
        return Sqlite(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path);
    }

    /// <summary>A text safe to print: the password of a connection string is masked.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {ConnectionString.Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase)}";
        }
        try
        {
            // The builder knows every alias of the password keyword (Password, PWD, PSW).
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null };
            return "PostgreSQL " + builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (connection string not readable)";
        }
    }

    private static string FromUrl(Uri url)
    {
        var userInfo = url.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}", $"Database={url.AbsolutePath.Trim('/')}" };
        if (!url.IsDefaultPort && url.Port > 0)
        {
            parts.Add($"Port={url.Port}");
        }
        if (userInfo[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(userInfo[0])}");
        }
        if (userInfo.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(userInfo[1])}");
        }
        return string.Join(';', parts);
    }
}
