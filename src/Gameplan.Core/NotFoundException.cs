namespace Gameplan.Core;

/// <summary>The requested record does not exist in the organisation in scope (HTTP 404, CLI exit 1).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.")
{
    public string What { get; } = what;
}
