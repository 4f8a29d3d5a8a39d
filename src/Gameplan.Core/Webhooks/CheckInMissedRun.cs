using Gameplan.Core.CheckIns;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Webhooks;

/// <summary>
/// Raises <c>check_in_missed</c> once the check-in day of a week has passed: for each person on an active plan who
/// did not check in for that plan's week, once per person, plan and week (a delivery already raised for them is
/// the record that it was). Only organisations with an active webhook that wants the event are read.
/// </summary>
public sealed class CheckInMissedRun(GameplanDbContext db, PlanQueries plans, TimeProvider clock)
{
    /// <returns>How many events were raised.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        List<int> organizations;
        using (db.AcrossOrganizations())
        {
            organizations = (await db.Webhooks.AsNoTracking().Where(w => w.Active).ToListAsync(ct))
                .Where(w => w.Wants(WebhookEvent.CheckInMissed)).Select(w => w.OrganizationId).Distinct().Order().ToList();
        }
        var (scope, all) = (db.OrganizationScope, db.AllOrganizations);
        var raised = 0;
        try
        {
            foreach (var organization in organizations)
            {
                db.OrganizationScope = organization;
                raised += await RunOrganizationAsync(ct);
            }
        }
        finally
        {
            db.OrganizationScope = scope;
            if (all)
            {
                db.UseAllOrganizations();
            }
        }
        return raised;
    }

    private async Task<int> RunOrganizationAsync(CancellationToken ct)
    {
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        // The last due day that is over: a check-in may still come in on the day itself.
        var due = CheckInWeeks.LastDueOnOrBefore(today.AddDays(-1), organization.CheckInDay);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive).Select(p => new CheckInPlans.Member(p.Id, p.Handle, p.TeamId)).ToListAsync(ct);
        var on = await CheckInPlans.ForAsync(db, plans, organization, people, due.AddDays(-6), due, ct);
        var checkedIn = (await db.CheckIns.AsNoTracking().Where(c => c.Week == due).Select(c => new { c.PersonId, c.PlanId }).ToListAsync(ct))
            .Select(c => (c.PersonId, c.PlanId)).ToHashSet();
        var day = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var earlier = (await db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvent.CheckInMissed).Select(d => d.Payload).ToListAsync(ct))
            .Select(Raised).ToHashSet();
        var outbox = new WebhookOutbox(db, clock);
        var raised = 0;
        foreach (var missed in on.Where(p => p.Joined <= due && !checkedIn.Contains((p.PersonId, p.Plan.Id))))
        {
            var handle = people.First(p => p.Id == missed.PersonId).Handle;
            if (earlier.Contains((handle, missed.Plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), day)))
            {
                continue;
            }
            raised += await outbox.CheckInMissedAsync(missed.PersonId, missed.Plan.Id, due, ct) > 0 ? 1 : 0;
        }
        return raised;
    }

    /// <summary>Whom, for which plan and week an earlier delivery was about.</summary>
    private static (string?, string?, string?) Raised(string payload)
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse(payload)?["data"];
        return (data?["person"]?.ToString(), data?["plan_id"]?.ToString(), data?["due"]?.ToString());
    }
}
