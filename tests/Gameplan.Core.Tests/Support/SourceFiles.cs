namespace Gameplan.Core.Tests.Support;

/// <summary>The product's own C# and Razor files under <c>src</c>, for tests that keep one way of doing a thing.</summary>
public static class SourceFiles
{
    /// <summary>Each file's path from the repository root (with '/') and its text; build output is left out.</summary>
    public static IReadOnlyList<(string Path, string Text)> All()
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Gameplan.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Gameplan.slnx) is not above the test's folder.");
    }
}
