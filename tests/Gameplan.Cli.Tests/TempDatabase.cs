using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;

namespace Gameplan.Cli.Tests;

/// <summary>A SQLite file path unique to one test; the file does not exist until a command creates it.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gameplan-cli-{Guid.NewGuid():N}.db");

    public GameplanDbContext Open() => GameplanDatabase.Open(DatabaseSettings.Sqlite(Path));

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so it can be deleted.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
