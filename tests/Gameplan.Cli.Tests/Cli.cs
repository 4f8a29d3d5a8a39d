namespace Gameplan.Cli.Tests;

/// <summary>Runs <c>gameplan</c> in-process with captured streams, a fixed clock and a private environment.</summary>
public static class Cli
{
    /// <summary>15 March 2027: the demo plan then covers fiscal year 2027.</summary>
    public static readonly DateTimeOffset Today = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new CliSetup(), args);

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(new CliSetup { Environment = environment }, args);

    public static async Task<CliResult> RunAsync(CliSetup setup, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(setup.Input ?? "");
        var context = new CliContext(output, error, new FixedClock(Today), name => setup.Environment.GetValueOrDefault(name))
        {
            Input = input,
            HttpHandler = setup.Server ?? new NoNetwork(),
        };
        var exitCode = await GameplanCli.RunAsync(context, args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // A test that did not expect to call a server fails loudly instead of reaching the network.
    private sealed class NoNetwork : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"Unexpected request to {request.RequestUri}.");
    }
}
