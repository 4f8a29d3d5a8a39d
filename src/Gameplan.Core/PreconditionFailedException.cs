namespace Gameplan.Core;

/// <summary>
/// A change was made against a version of a plan or element that is no longer the current one
/// (HTTP 412; a form shows the conflict). Nothing was saved. <see cref="What"/> names the element
/// in the product's words ("goal", "plan").
/// </summary>
public sealed class PreconditionFailedException(string what)
    : Exception($"Someone else changed this {what} since you read it; nothing was saved. Read it again, then make your change.")
{
    public string What { get; } = what;
}
