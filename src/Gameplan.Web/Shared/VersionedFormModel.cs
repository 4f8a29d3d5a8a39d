using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Shared;

/// <summary>
/// An edit form that remembers the version it showed (<see cref="Version"/>, the record's ETag) so a
/// save made after someone else's is refused rather than silently overwriting it. The refused save
/// shows what the other person changed, theirs beside yours, with the typed input kept; saving again
/// then keeps yours. See docs/decisions/0022-optimistic-concurrency.md.
/// </summary>
public abstract class VersionedFormModel : GameplanPageModel
{
    /// <summary>The version tag of the record as the form showed it; empty on a form that creates one.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>The request as the form showed it (see <see cref="FormConflict.Capture{TRequest}"/>), to tell their changes from yours.</summary>
    [BindProperty]
    public string? Shown { get; set; }

    /// <summary>After a stale save: the fields someone else changed, theirs beside yours. Empty otherwise.</summary>
    public IReadOnlyList<ConflictField> Conflict { get; private set; } = [];

    public bool InConflict { get; private set; }

    /// <summary>The version a save expects, for Core's If-Match check; none from a form that did not carry one.</summary>
    protected IReadOnlyCollection<string>? IfMatch => string.IsNullOrEmpty(Version) ? null : [Version];

    /// <summary>Remembers the record as the form shows it.</summary>
    protected void Remember<TRequest>(TRequest shown, string version)
    {
        Version = version;
        Shown = FormConflict.Capture(shown);
    }

    /// <summary>
    /// Shows a stale save: their fields beside <paramref name="yours"/>, and remembers their version, so
    /// the next save (after reading what changed) is made against it.
    /// </summary>
    protected void ShowConflict<TRequest>(TRequest theirs, TRequest yours, string version)
    {
        InConflict = true;
        Conflict = FormConflict.Compare(Shown, theirs, yours);
        Remember(theirs, version);
    }
}
