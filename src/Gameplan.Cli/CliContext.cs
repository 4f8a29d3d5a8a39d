using Gameplan.Cli.Database;
using Spectre.Console;

namespace Gameplan.Cli;

/// <summary>
/// Everything a command may touch outside itself: the output streams, the clock and the
/// environment. Tests pass writers, a fixed clock and a dictionary so commands run in-process.
/// </summary>
public sealed class CliContext
{
    // Null when the stream is redirected or colour is off: lines are then written without markup.
    private readonly IAnsiConsole? _colourOut;
    private readonly IAnsiConsole? _colourError;

    public CliContext(TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment, bool colour = false)
    {
        Output = output;
        Error = error;
        Clock = clock;
        Database = new DatabaseOption(environment);
        _colourOut = colour ? ColourConsole(output) : null;
        _colourError = colour ? ColourConsole(error) : null;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TimeProvider Clock { get; }

    /// <summary>The global <c>--db</c> option; every command reads its database through it.</summary>
    public DatabaseOption Database { get; }

    /// <summary>The real console; colour only on a terminal and unless NO_COLOR is set (no-color.org).</summary>
    public static CliContext FromConsole()
    {
        var colour = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliContext(Console.Out, Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable,
            colour && !Console.IsOutputRedirected && !Console.IsErrorRedirected);
    }

    /// <summary>Writes a line of Spectre markup; interpolated values are escaped, so user text cannot inject markup.</summary>
    public void WriteLine(FormattableString markup) => Write(Output, _colourOut, markup);

    /// <summary>Writes a one-line error to stderr, prefixed so it stands out among other output.</summary>
    public void WriteError(string message) => Write(Error, _colourError, $"[red]error:[/] {message}");

    private static void Write(TextWriter writer, IAnsiConsole? colour, FormattableString markup)
    {
        var escaped = string.Format(markup.Format, markup.GetArguments().Select(a => a is string text ? Markup.Escape(text) : a).ToArray());
        if (colour is null)
        {
            writer.WriteLine(escaped.RemoveMarkup());
        }
        else
        {
            colour.MarkupLine(escaped);
        }
    }

    private static IAnsiConsole ColourConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });
}
