using System.Text.RegularExpressions;

namespace Gameplan.Domain.Comments;

/// <summary>
/// The people a comment mentions: <c>@handle</c> where a handle may start (the start of the text, or after
/// anything but a letter, digit, '@' or '.'), so an e-mail address (<c>ana@example.com</c>) mentions nobody.
/// A full stop or hyphen that ends a sentence is not part of the handle (<c>thanks @lena.</c>).
/// Whether a handle is a person of the organisation is decided by the caller: unknown ones stay plain text.
/// </summary>
public static partial class Mentions
{
    /// <summary>The handles mentioned, lower case, each once, in the order first written.</summary>
    public static IReadOnlyList<string> Handles(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var handles = new List<string>();
        foreach (Match match in Mention().Matches(text))
        {
            var handle = match.Groups["handle"].Value.TrimEnd('.', '-').ToLowerInvariant();
            if (handle.Length > 0 && !handles.Contains(handle))
            {
                handles.Add(handle);
            }
        }
        return handles;
    }

    // A handle: a letter, then letters, digits, '.', '_' or '-' (People/Person.cs), at most 40.
    [GeneratedRegex(@"(?<![\p{L}\p{N}@._-])@(?<handle>[A-Za-z][A-Za-z0-9._-]{0,39})(?![A-Za-z0-9_@])")]
    private static partial Regex Mention();
}
