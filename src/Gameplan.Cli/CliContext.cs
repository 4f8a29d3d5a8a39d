using Gameplan.Cli.Database;
using Gameplan.Cli.Server;
using Spectre.Console;

namespace Gameplan.Cli;

/// <summary>
/// Everything a command may touch outside itself: the streams, the clock, the environment and
/// the network. Tests pass writers, a fixed clock, a dictionary and a fake HTTP handler so
/// commands run in-process.
/// </summary>
public sealed class CliContext
{
    private readonly Func<string, string?> _environment;

    // Null when the stream is redirected or colour is off: lines are then written without markup.
    private readonly IAnsiConsole? _colourOut;
    private readonly IAnsiConsole? _colourError;

    public CliContext(TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment, bool colour = false)
    {
        Output = output;
        Error = error;
        Clock = clock;
        _environment = environment;
        Database = new DatabaseOption(environment);
        Server = new ServerOptions(environment);
        _colourOut = colour ? ColourConsole(output) : null;
        _colourError = colour ? ColourConsole(error) : null;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TimeProvider Clock { get; }

    /// <summary>Standard input (<c>--password-stdin</c>); empty unless the console or a test provides one.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>Sends the requests to a Gameplan server; null means the real network, tests pass a fake.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>The global <c>--db</c> option; every command reads its database through it.</summary>
    public DatabaseOption Database { get; }

    /// <summary>The global <c>--server</c> and <c>--token</c> options, for commands that can talk to a server.</summary>
    public ServerOptions Server { get; }

    /// <summary>An environment variable, or null when it is not set.</summary>
    public string? GetEnvironmentVariable(string name) => _environment(name);

    /// <summary>A client for one command; the injected handler outlives it.</summary>
    public HttpClient CreateHttpClient() => HttpHandler is null ? new HttpClient() : new HttpClient(HttpHandler, disposeHandler: false);

    /// <summary>The real console; colour only on a terminal and unless NO_COLOR is set (no-color.org).</summary>
    public static CliContext FromConsole()
    {
        var colour = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliContext(Console.Out, Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable,
            colour && !Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            Input = Console.In,
        };
    }

    /// <summary>
    /// Writes a line of Spectre markup; interpolated values are escaped, so user text can inject
    /// neither markup nor terminal control sequences (<see cref="TerminalText"/>).
    /// </summary>
    public void WriteLine(FormattableString markup) => Write(Output, _colourOut, markup);

    /// <summary>Writes a one-line error to stderr, prefixed so it stands out among other output.</summary>
    public void WriteError(string message) => Write(Error, _colourError, $"[red]error:[/] {message}");

    /// <summary>Writes a plain line to stderr (file:line: problem, for editors to parse); interpolated values are shown with control characters escaped.</summary>
    public void WriteProblem(FormattableString line) =>
        Error.WriteLine(string.Format(line.Format, line.GetArguments().Select(Printable).ToArray()));

    /// <summary>Numbers, dates and enums print as they format; any other value as text with control characters escaped.</summary>
    private static object? Printable(object? value) => value is null or IFormattable ? value : TerminalText.Escape(value.ToString() ?? "");

    private static void Write(TextWriter writer, IAnsiConsole? colour, FormattableString markup)
    {
        var escaped = string.Format(markup.Format, markup.GetArguments().Select(Printable).Select(a => a is string text ? Markup.Escape(text) : a).ToArray());
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
