namespace Gameplan.Web.Calendar;

/// <summary>How calendars go over HTTP.</summary>
internal static class CalendarFormat
{
    public const string ContentType = "text/calendar; charset=utf-8";
}
