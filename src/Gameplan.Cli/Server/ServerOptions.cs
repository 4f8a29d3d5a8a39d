using System.CommandLine;
using Gameplan.Cli.Database;

namespace Gameplan.Cli.Server;

/// <summary>
/// The global <c>--server</c> and <c>--token</c> options, with <c>GAMEPLAN_SERVER</c> and
/// <c>GAMEPLAN_TOKEN</c> as fallbacks. A command that can read a server or the database asks
/// <see cref="Choose"/> which one the user meant.
/// </summary>
public sealed class ServerOptions(Func<string, string?> environment)
{
    public const string ServerVariable = "GAMEPLAN_SERVER";

    public const string TokenVariable = "GAMEPLAN_TOKEN";

    public Option<string?> ServerOption { get; } = new("--server")
    {
        Description = $"Commands that can (plans list) talk to this Gameplan server, e.g. https://gameplan.example.com, instead of the database. Defaults to ${ServerVariable}.",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string?> TokenOption { get; } = new("--token")
    {
        Description = $"The personal access token for --server (create one on the web app's /account/profile page). "
            + $"Defaults to ${TokenVariable}; prefer the variable, which keeps the token out of shell history.",
        HelpName = "token",
        Recursive = true,
    };

    /// <summary>
    /// The server to call, or null to use the database. <c>--server</c> wins; an explicit
    /// <c>--db</c> wins over <c>GAMEPLAN_SERVER</c>, so a shell set up for a server can still read a file.
    /// </summary>
    public ServerConnection? Choose(ParseResult parse, DatabaseOption database)
    {
        var explicitServer = parse.GetValue(ServerOption);
        if (!string.IsNullOrWhiteSpace(explicitServer) && database.IsGiven(parse))
        {
            throw new UsageException("choose either --server or --db, not both.");
        }
        var server = string.IsNullOrWhiteSpace(explicitServer) && !database.IsGiven(parse) ? environment(ServerVariable) : explicitServer;
        if (string.IsNullOrWhiteSpace(server))
        {
            return null;
        }
        if (!Uri.TryCreate(server.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException($"The server '{server}' is not an http:// or https:// address.");
        }
        var token = parse.GetValue(TokenOption);
        if (string.IsNullOrWhiteSpace(token))
        {
            token = environment(TokenVariable);
        }
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new UsageException(
                $"{url} needs a token: set {TokenVariable} (or pass --token); create one on {new Uri(ServerConnection.Root(url), "account/profile")}.");
        }
        return new ServerConnection(ServerConnection.Root(url), token.Trim());
    }
}
