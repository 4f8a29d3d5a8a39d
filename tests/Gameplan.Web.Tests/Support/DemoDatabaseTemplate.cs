using Microsoft.Data.Sqlite;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// The demo organisation's database, built once per test run by the real app's own start-up
/// (migrations, then the demo seed) and copied for every <see cref="GameplanWebFactory"/> that wants it.
/// Migrating and seeding took most of each web test's time; a file copy takes milliseconds.
/// </summary>
internal static class DemoDatabaseTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "gameplan-web-tests", "template-" + Guid.NewGuid().ToString("N"));

    // Built on first use, by one thread; the others wait for it (and all see the same failure if it fails).
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes a copy of the seeded demo database to <paramref name="path"/>.</summary>
    public static void CopyTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Template.Value, path);
    }

    private static string Build()
    {
        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder();
        var seeded = Path.Combine(Folder, "seeded.db");
        using (var factory = GameplanWebFactory.ForTemplate(seeded))
        {
            // Starting the host runs the app's own start-up: every migration, then the demo seed.
            _ = factory.Services;
        }
        SqliteConnection.ClearAllPools();

        // VACUUM INTO writes one consistent, self-contained file (no WAL beside it) that a plain copy can clone.
        var template = Path.Combine(Folder, "demo.db");
        Execute(seeded, "VACUUM INTO $path", template);
        // Its copy is in rollback-journal mode; the app's read-only existence check could not switch that to WAL.
        Execute(template, "PRAGMA journal_mode=WAL");
        return template;
    }

    private static void Execute(string database, string sql, string? path = null)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (path is not null)
        {
            command.Parameters.AddWithValue("$path", path);
        }
        command.ExecuteNonQuery();
    }

    private static void DeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
