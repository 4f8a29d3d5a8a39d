namespace Gameplan.Cli.Tests;

/// <summary>What a test run of <c>gameplan</c> sees outside itself.</summary>
public sealed record CliSetup
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Standard input, e.g. the password for <c>--password-stdin</c>.</summary>
    public string? Input { get; init; }

    /// <summary>The fake server behind <c>--server</c>; without one, any request fails the test.</summary>
    public HttpMessageHandler? Server { get; init; }
}
