namespace Gameplan.Cli.Tests;

/// <summary>Input files for commands, written into a test's own temporary folder.</summary>
internal static class TempFiles
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in <paramref name="folder"/>; returns the path.</summary>
    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
