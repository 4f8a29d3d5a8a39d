using Gameplan.Domain;
using Gameplan.Domain.Organizations;

namespace Gameplan.Core.Organizations;

/// <summary>
/// Time zones as people type them: IANA ids (<c>Europe/Berlin</c>, <c>America/Los_Angeles</c>, <c>UTC</c>),
/// checked against the time zone database the host carries. Windows names are refused so that the
/// stored id means the same on every server.
/// </summary>
public static class TimeZones
{
    /// <summary>Every IANA id the host knows, sorted, for pickers.</summary>
    public static IReadOnlyList<string> Known { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The zone id in its database spelling; a blank or unknown id is refused naming <paramref name="field"/>.</summary>
    public static string Require(string? id, string field)
    {
        var text = id?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainRuleException("The time zone is required: an IANA id such as Europe/Berlin, or UTC.", field);
        }
        if (text.Length > Organization.MaxTimeZoneLength
            || !TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)
            || !zone.HasIanaId)
        {
            throw new DomainRuleException(
                $"'{Shorten(text)}' is not a time zone this server knows; use an IANA id such as Europe/Berlin, America/Los_Angeles or UTC.", field);
        }
        return zone.Id;
    }

    /// <summary>Like <see cref="Require"/>, but a blank id is null (for a person: "the organisation's zone").</summary>
    public static string? Optional(string? id, string field) => string.IsNullOrWhiteSpace(id) ? null : Require(id, field);

    /// <summary>The zone of a stored id; an id the host no longer knows counts as UTC rather than breaking every page.</summary>
    internal static TimeZoneInfo Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
