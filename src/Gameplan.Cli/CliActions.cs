using System.CommandLine;
using System.Data.Common;
using Gameplan.Core;
using Gameplan.Domain;

namespace Gameplan.Cli;

/// <summary>
/// Turns the failures a user can cause or fix into one readable line on stderr and an exit
/// code. Anything else is a bug and keeps System.CommandLine's default report with its stack trace.
/// </summary>
public static class CliActions
{
    /// <summary>Sets <paramref name="action"/> as the command's action, guarded by <see cref="RunAsync"/>.</summary>
    public static void SetCliAction(this Command command, CliContext cli, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, ct) => RunAsync(cli, parse, () => action(parse, ct)));

    public static async Task<int> RunAsync(CliContext cli, ParseResult parse, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UsageException e)
        {
            cli.WriteError(e.Message);
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            cli.WriteError(e.Message);
            return ExitCodes.Failure;
        }
        catch (DomainRuleException e)
        {
            cli.WriteError(e.Message);
            return ExitCodes.Failure;
        }
        catch (NotFoundException e)
        {
            cli.WriteError(e.Message);
            return ExitCodes.Failure;
        }
        catch (DbException e)
        {
            cli.WriteError($"could not use the database {cli.Database.Settings(parse).Describe()}: {Explain(e)}");
            return ExitCodes.Failure;
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException inner)
        {
            // EF Core's execution strategy wraps a failure it deems transient (a refused connection).
            cli.WriteError($"could not use the database {cli.Database.Settings(parse).Describe()}: {Explain(inner)}");
            return ExitCodes.Failure;
        }
    }

    // Drivers put the useful part ("Connection refused") in an inner exception.
    private static string Explain(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            var line = current.Message.Split('\n')[0].Trim();
            if (line.Length > 0 && !messages.Any(m => m.Contains(line, StringComparison.Ordinal)))
            {
                messages.Add(line);
            }
        }
        return string.Join(": ", messages);
    }
}
