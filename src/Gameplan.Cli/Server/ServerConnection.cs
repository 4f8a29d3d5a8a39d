namespace Gameplan.Cli.Server;

/// <summary>A Gameplan server and the token to call it with.</summary>
/// <param name="BaseAddress">The server's root, ending in '/', so a hosted path (https://host/gameplan/) is kept.</param>
/// <param name="Token">The bearer secret; never printed.</param>
public sealed record ServerConnection(Uri BaseAddress, string Token)
{
    public static Uri Root(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    public override string ToString() => BaseAddress.ToString();
}
