using Gameplan.Domain.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Gameplan.Core.Calendar;

/// <summary>
/// Writes calendar entries as iCalendar (RFC 5545) text with Ical.Net. Every entry is an all-day event (its
/// DTEND the next day, exclusive). UIDs are derived from the entry's kind, its entity's id and the
/// organisation, so a calendar app updates an event in place when its date or title changes instead of
/// adding a copy. DTSTAMP is when the text was written; the organisation's time zone names the calendar's
/// zone (X-WR-TIMEZONE and a VTIMEZONE), where calendar apps place the days.
/// </summary>
internal static class CalendarWriter
{
    public static string Write(IEnumerable<CalendarEntry> entries, int organizationId, string timeZoneId, string name, DateTimeOffset stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Gameplan//Calendar 1.0//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        calendar.AddTimeZone(new VTimeZone(timeZoneId));
        var written = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(entry, organizationId),
                DtStamp = written,
                DtStart = new CalDateTime(entry.Date),
                DtEnd = new CalDateTime(entry.Date.AddDays(1)),
                Summary = entry.Title,
                Description = entry.Description,
                Transparency = "TRANSPARENT",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The event's stable identity: kind, entity id and organisation, never random.</summary>
    public static string Uid(CalendarEntry entry, int organizationId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var kind = entry.Kind switch
        {
            CalendarEntryKind.Review => "review",
            CalendarEntryKind.TacticDue => "tactic-due",
            CalendarEntryKind.CycleOpens => "cycle-opens",
            CalendarEntryKind.CycleDraftsDue => "cycle-drafts-due",
            CalendarEntryKind.CheckInDue => "check-in",
            _ => "cycle-reviews-due",
        };
        // One check-in event a person and week: the person's id and the due day make its identity.
        if (entry.Kind == CalendarEntryKind.CheckInDue)
        {
            return FormattableString.Invariant($"{kind}-{entry.EntityId}-{entry.Date:yyyyMMdd}.organization-{organizationId}@gameplan");
        }
        return $"{kind}-{entry.EntityId}.organization-{organizationId}@gameplan";
    }
}
