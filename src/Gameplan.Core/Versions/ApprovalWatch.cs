using Gameplan.Core.Data;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Versions;

/// <summary>
/// After a change to an approved (Active) plan: compares the plan now with its last approved version and, when the
/// organisation's <see cref="Reapproval"/> rule says the differences need approval again, sends the plan back to
/// review and stores the version that goes there. One check for every command, since every plan change passes
/// <see cref="Plans.PlanChange"/>; it costs one plan export, only for Active plans (see docs/decisions/0027).
/// </summary>
internal static class ApprovalWatch
{
    /// <summary>The reason stored with the version a changed plan goes back to review with.</summary>
    public const string Reason = "Changed after approval; back in review by the organisation's reapproval rule.";

    /// <returns>True when the plan was sent back to review (the caller saves again).</returns>
    public static async Task<bool> CheckAsync(GameplanDbContext db, StrategicPlan plan, CancellationToken ct)
    {
        var rule = await db.Organizations.Where(o => o.Id == plan.OrganizationId).Select(o => o.Reapproval).FirstOrDefaultAsync(ct);
        if (rule == Reapproval.None)
        {
            return false;
        }
        var approved = await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Kind == PlanVersionKind.Approved)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.File }).FirstOrDefaultAsync(ct);
        if (approved is null)
        {
            // Approved before versions were kept: nothing to compare with, so nothing to send back.
            return false;
        }
        var current = await PlanVersions.CurrentFileAsync(db, plan.Id, ct);
        if (!ReapprovalRule.Needs(rule, PlanVersions.Compare(approved.File, approved.Number, current, null)))
        {
            return false;
        }
        // The change itself touched the plan; the step back to review happens at the same moment.
        var now = plan.UpdatedAt;
        plan.SendBackToReview(now);
        await PlanVersions.RecordAsync(db, plan, PlanVersionKind.Submitted, Reason, now, ct, current);
        return true;
    }
}
