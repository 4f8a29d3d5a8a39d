using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Organizations;

/// <summary>Reads the organisation in scope.</summary>
public sealed class OrganizationQueries(GameplanDbContext db)
{
    /// <summary>How days read for the organisation in scope (its locale setting), for the web host to set once per request.</summary>
    public async Task<DateStyle> DateStyleAsync(CancellationToken ct = default)
    {
        var organization = db.RequireOrganization();
        var locale = await db.Organizations.AsNoTracking().Where(o => o.Id == organization).Select(o => o.DateLocale).FirstOrDefaultAsync(ct);
        try
        {
            return DateStyle.For(locale);
        }
        catch (DomainRuleException)
        {
            // A locale this machine's platform does not know (a database restored elsewhere): days read as by default.
            return DateStyle.Default;
        }
    }

    /// <summary>The organisation's critique settings as stored (a null field takes the critique's default) and its time zone.</summary>
    public async Task<OrganizationSettingsInput> GetSettingsAsync(CancellationToken ct = default) =>
        OrganizationSettingsInput.Of(await LoadAsync(db, ct));

    /// <summary>The thresholds that decide the organisation's pace statuses (100% and 80% until an admin changes them).</summary>
    public async Task<Domain.Pace.PaceThresholds> GetPaceThresholdsAsync(CancellationToken ct = default) =>
        (await LoadAsync(db, ct)).PaceThresholds;

    internal static async Task<Organization> LoadAsync(GameplanDbContext db, CancellationToken ct)
    {
        var id = db.RequireOrganization();
        return await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException($"Organization {id}");
    }
}
