using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests;

/// <summary>A SQLite file path unique to one test; the file does not exist until a command creates it.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gameplan-cli-{Guid.NewGuid():N}.db");

    /// <summary>A context on the whole database (every organisation), to check what a command wrote.</summary>
    public GameplanDbContext Open()
    {
        var db = GameplanDatabase.Open(DatabaseSettings.Sqlite(Path));
        db.UseAllOrganizations();
        return db;
    }

    /// <summary>How many activity rows the database holds (every organisation).</summary>
    public async Task<int> StoredActivitiesAsync()
    {
        await using var db = Open();
        return await db.Activities.IgnoreQueryFilters().CountAsync();
    }

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
