using Gameplan.Core.Data;

namespace Gameplan.Core.Organizations;

/// <summary>Changes the organisation in scope (admins only; the web host checks the role).</summary>
public sealed class OrganizationCommands(GameplanDbContext db)
{
    /// <summary>
    /// Replaces every critique setting (a null field goes back to the default) and, when given, the
    /// time zone, the reapproval rule, the check-in day and the pace thresholds (null keeps them). A bad value is refused naming its field.
    /// </summary>
    public async Task<OrganizationSettingsInput> ChangeSettingsAsync(OrganizationSettingsInput request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.ToSettings();
        var zone = request.TimeZone is null ? null : TimeZones.Require(request.TimeZone, "time_zone");
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        organization.ChangeSettings(settings);
        if (zone is not null)
        {
            organization.ChangeTimeZone(zone);
        }
        if (request.FiscalYearStartMonth is { } month)
        {
            organization.ChangeFiscalYearStart(month);
        }
        if (request.Reapproval is { } rule)
        {
            organization.ChangeReapproval(rule);
        }
        if (request.CheckInDay is { } day)
        {
            organization.ChangeCheckInDay(day);
        }
        if (request.DateLocale is { } locale)
        {
            organization.ChangeDateLocale(locale);
        }
        if (request.OnTrackPercent is not null || request.AtRiskPercent is not null)
        {
            organization.ChangePaceThresholds(new Domain.Pace.PaceThresholds(
                request.OnTrackPercent ?? organization.OnTrackPercent, request.AtRiskPercent ?? organization.AtRiskPercent));
        }
        await db.SaveChangesAsync(ct);
        return OrganizationSettingsInput.Of(organization);
    }

    /// <summary>Sets the organisation's time zone alone (an IANA id; the CLI's <c>organization settings --time-zone</c>).</summary>
    public async Task<OrganizationSettingsInput> ChangeTimeZoneAsync(string zone, CancellationToken ct = default)
    {
        var id = TimeZones.Require(zone, "time_zone");
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        organization.ChangeTimeZone(id);
        await db.SaveChangesAsync(ct);
        return OrganizationSettingsInput.Of(organization);
    }
}
