using Gameplan.Core.Data;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Organizations;

/// <summary>
/// The one "today" of Gameplan: the calendar day, now, in a person's time zone (their own, else
/// their organisation's, else UTC). Every page, endpoint, command and use case asks here; the Domain
/// keeps taking the day as a parameter. A source test refuses any other way of reading the date.
/// The zones are read once per scope (a request or a command).
/// </summary>
public sealed class OrganizationClock(GameplanDbContext db, TimeProvider clock)
{
    private TimeZoneInfo? _organization;
    private Dictionary<int, TimeZoneInfo>? _people;

    /// <summary>
    /// Whose day "today" is when a use case names nobody: the signed-in person (the web host sets it
    /// once per request); null means the organisation's day (the CLI, background work).
    /// </summary>
    public int? PersonId { get; set; }

    /// <summary>Today for <see cref="PersonId"/>, or for the organisation when nobody is set.</summary>
    public Task<DateOnly> TodayAsync(CancellationToken ct = default) =>
        PersonId is { } person ? ForPersonAsync(person, ct) : ForOrganizationAsync(ct);

    /// <summary>Today in the organisation's time zone.</summary>
    public async Task<DateOnly> ForOrganizationAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        return TodayIn(clock, _organization!);
    }

    /// <summary>Today where <paramref name="personId"/> works: their own zone, else the organisation's (also for no person, e.g. an account without one).</summary>
    public async Task<DateOnly> ForPersonAsync(int? personId, CancellationToken ct = default)
    {
        await LoadAsync(ct);
        var own = personId is { } id ? _people!.GetValueOrDefault(id) : null;
        return TodayIn(clock, own ?? _organization!);
    }

    /// <summary>
    /// The latest day that has begun for anyone in the organisation: the upper bound for dates of
    /// work done (an import may hold rows of people in several zones).
    /// </summary>
    public async Task<DateOnly> LatestAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        return _people!.Values.Append(_organization!).Select(zone => TodayIn(clock, zone)).Max();
    }

    /// <summary>Today in the zone <paramref name="zoneId"/> (an IANA id; UTC when unknown), for work outside any organisation such as linting a plan file.</summary>
    public static DateOnly TodayIn(TimeProvider clock, string zoneId) => TodayIn(clock, TimeZones.Find(zoneId));

    /// <summary>Today where nobody has chosen a zone (UTC): plan files checked outside any organisation.</summary>
    public static DateOnly TodayWithoutOrganization(TimeProvider clock) => TodayIn(clock, Organization.DefaultTimeZone);

    private static DateOnly TodayIn(TimeProvider clock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (_organization is not null && _people is not null)
        {
            return;
        }
        var organization = db.RequireOrganization();
        var zone = await db.Organizations.AsNoTracking().Where(o => o.Id == organization).Select(o => o.TimeZone).FirstOrDefaultAsync(ct);
        // Only people with a zone of their own are read: everyone else follows the organisation.
        var own = await db.People.AsNoTracking().Where(p => p.TimeZone != null).Select(p => new { p.Id, p.TimeZone }).ToListAsync(ct);
        _organization = TimeZones.Find(zone);
        _people = own.ToDictionary(p => p.Id, p => TimeZones.Find(p.TimeZone));
    }
}
