using System.CommandLine;
using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
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

    /// <summary>True when <c>--db</c> is on the command line (not merely in the environment).</summary>
    public bool IsGiven(ParseResult parse) => !string.IsNullOrWhiteSpace(parse.GetValue(Option));

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

    public GameplanDbContext Open(ParseResult parse) => Checked(parse, GameplanDatabase.Open, db => db);

    /// <summary>The database inside the services the account commands need (Identity's user manager).</summary>
    public CliServices OpenServices(ParseResult parse, TimeProvider clock) =>
        Checked(parse, settings => CliServices.Create(settings, clock), services => services.Db);

    /// <summary>
    /// For commands that only read: a database that must already exist with the current schema.
    /// A missing SQLite file is reported instead of being created empty.
    /// </summary>
    public async Task<GameplanDbContext> OpenExistingAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = Settings(parse);
        var hint = "run 'gameplan migrate' (or 'gameplan seed --demo') first, or choose another with --db";
        if (settings.Provider == DatabaseProvider.Sqlite && MissingFile(settings.ConnectionString) is { } file)
        {
            throw new CommandFailedException($"the database file {file} does not exist: {hint}.");
        }
        var db = Open(parse);
        try
        {
            return (await db.Database.GetPendingMigrationsAsync(ct)).Any()
                ? throw new CommandFailedException($"the database {settings.Describe()} is not set up or not up to date: {hint}.")
                : db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static string? MissingFile(string connectionString)
    {
        try
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return file.Length > 0 && file != ":memory:" && !File.Exists(file) ? file : null;
        }
        catch (ArgumentException)
        {
            // Open reports the unreadable connection string as a usage error.
            return null;
        }
    }

    private T Checked<T>(ParseResult parse, Func<DatabaseSettings, T> open, Func<T, GameplanDbContext> database)
        where T : class, IDisposable
    {
        var settings = Settings(parse);
        T? opened = null;
        try
        {
            opened = open(settings);
            // Creating the connection parses the connection string; a wrong keyword then fails as
            // bad input here instead of as a crash halfway through the command.
            database(opened).Database.GetDbConnection();
            return opened;
        }
        catch (ArgumentException e)
        {
            opened?.Dispose();
            throw new UsageException($"The database '{settings.Describe()}' is not a valid connection string: {e.Message}");
        }
    }
}
