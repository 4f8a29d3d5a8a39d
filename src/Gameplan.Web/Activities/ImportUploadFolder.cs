namespace Gameplan.Web.Activities;

/// <summary>
/// Where uploaded activity files wait: <c>Imports:Folder</c> (default the system temp folder's
/// <c>gameplan-imports</c>), in a folder of this app instance holding a lock file open while the
/// instance runs. A folder whose lock nobody holds belongs to an instance that ended without
/// cleaning up (a crash, kill -9): <see cref="SweepLeftovers"/> deletes it at start-up. Instances
/// sharing the folder (several apps, parallel test hosts) never delete each other's uploads.
/// </summary>
public sealed class ImportUploadFolder : IDisposable
{
    public const string Setting = "Imports:Folder";

    private const string LockName = ".lock";

    // A folder without a lock file may be an instance starting this very moment; older ones are dead.
    private static readonly TimeSpan StartingGrace = TimeSpan.FromMinutes(1);

    private readonly FileStream _lock;

    public ImportUploadFolder(IConfiguration configuration)
    {
        Root = Directory.CreateDirectory(configuration[Setting] is { Length: > 0 } folder
            ? folder
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gameplan-imports")).FullName;
        Path = Directory.CreateDirectory(System.IO.Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;
        _lock = Hold(System.IO.Path.Combine(Path, LockName), FileMode.CreateNew);
    }

    /// <summary>The folder all instances share.</summary>
    public string Root { get; }

    /// <summary>This instance's folder.</summary>
    public string Path { get; }

    /// <summary>A new file name for an upload, in this instance's folder.</summary>
    public string NewFile() => System.IO.Path.Combine(Path, $"{Guid.NewGuid():N}.csv");

    /// <summary>Deletes the folders of instances that are no longer running, with their uploads; returns how many.</summary>
    public int SweepLeftovers()
    {
        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (!string.Equals(System.IO.Path.GetFullPath(folder), Path, StringComparison.Ordinal) && IsLeftOver(folder) && TryDelete(folder))
            {
                swept++;
            }
        }
        // Files of versions that kept uploads straight in the shared folder, without a lock: old ones only.
        foreach (var file in Directory.EnumerateFiles(Root, "*.csv"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > ActivityImportJobs.KeepFor && TryDelete(file))
            {
                swept++;
            }
        }
        return swept;
    }

    public void Dispose()
    {
        _lock.Dispose();
        TryDelete(Path);
    }

    private static bool IsLeftOver(string folder)
    {
        var lockFile = System.IO.Path.Combine(folder, LockName);
        if (!File.Exists(lockFile))
        {
            return DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) > StartingGrace;
        }
        try
        {
            // Opening the lock file exclusively works only when its instance no longer holds it.
            Hold(lockFile, FileMode.Open).Dispose();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileStream Hold(string path, FileMode mode) => new(path, mode, FileAccess.ReadWrite, FileShare.None);

    private static bool TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
            return true;
        }
        catch (IOException)
        {
            return false; // in use: the next start-up tries again
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
