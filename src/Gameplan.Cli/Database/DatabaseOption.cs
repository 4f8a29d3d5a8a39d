using System.CommandLine;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Database;

/// <summary>
/// The global <c>--db</c> option. Its value wins, then the <c>GAMEPLAN_DB</c> environment
/// variable, then the default SQLite file, so a shell can point every command at one database.
/// </summary>
public sealed class DatabaseOption(Func<string, string?> environment)
{
    public const string EnvironmentVariable = "GAMEPLAN_DB";

    public Option<string?> Option { get; } = new("--db")
    {
        Description = "The database: a SQLite file path, or a PostgreSQL connection string (Host=...;Database=...) "
            + $"or postgres:// URL. Defaults to ${EnvironmentVariable}, else {DatabaseSettings.DefaultSqlitePath}.",
        HelpName = "path|connection",
        Recursive = true,
    };

    /// <summary>The database the user chose; a value that cannot be read is a usage error, not a crash.</summary>
    public DatabaseSettings Settings(ParseResult parse)
    {
        var value = parse.GetValue(Option);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = environment(EnvironmentVariable);
        }
        try
        {
            return DatabaseSettings.FromArgument(value);
        }
        catch (FormatException e)
        {
            throw new UsageException($"The database '{value}' is not a valid path or connection string: {e.Message}");
        }
    }

    public GameplanDbContext Open(ParseResult parse)
    {
        var settings = Settings(parse);
        GameplanDbContext? db = null;
        try
        {
            db = GameplanDatabase.Open(settings);
            // Creating the connection parses the connection string; a wrong keyword then fails as
            // bad input here instead of as a crash halfway through the command.
            db.Database.GetDbConnection();
            return db;
        }
        catch (ArgumentException e)
        {
            db?.Dispose();
            throw new UsageException($"The database '{settings.Describe()}' is not a valid connection string: {e.Message}");
        }
    }
}
