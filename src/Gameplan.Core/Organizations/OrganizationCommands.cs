using Gameplan.Core.Data;

namespace Gameplan.Core.Organizations;

/// <summary>Changes the organisation in scope (admins only; the web host checks the role).</summary>
public sealed class OrganizationCommands(GameplanDbContext db)
{
    /// <summary>Replaces every critique setting; a null field goes back to the default. A bad value is refused naming its field.</summary>
    public async Task<PlanningSettingsInput> ChangeSettingsAsync(PlanningSettingsInput request, CancellationToken ct = default)
    {
        var settings = request.ToSettings();
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        organization.ChangeSettings(settings);
        await db.SaveChangesAsync(ct);
        return PlanningSettingsInput.Of(organization.Settings);
    }
}
