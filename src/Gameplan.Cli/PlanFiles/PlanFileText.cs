namespace Gameplan.Cli.PlanFiles;

/// <summary>Reads and writes plan files, turning what the file system refuses into a readable line.</summary>
public static class PlanFileText
{
    public static bool TryRead(CliContext cli, string path, out string text)
    {
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.WriteError($"cannot read {path}: {e.Message}");
            text = "";
            return false;
        }
    }

    public static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Domain.DomainRuleException($"cannot write {path}: {e.Message}");
        }
    }
}
