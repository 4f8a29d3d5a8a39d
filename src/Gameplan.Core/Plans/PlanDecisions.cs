using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>The rules of a reviewer's decision: a return says why; an approval over critique errors is an explicit override that says why.</summary>
internal static class PlanDecisions
{
    /// <summary>
    /// The reason to keep with the decision (null: none given and none needed), or a refusal naming the field.
    /// A plan not in review gets no verdict here: the life cycle refuses the step in its own words.
    /// </summary>
    public static async Task<(CommentPurpose Purpose, string Text)?> ReasonAsync(
        GameplanDbContext db, TimeProvider clock, int planId, PlanTransition transition, PlanDecisionRequest decision, CancellationToken ct)
    {
        if (transition is not (PlanTransition.Approve or PlanTransition.Return)
            || await db.Plans.Where(p => p.Id == planId).Select(p => (PlanStatus?)p.Status).FirstOrDefaultAsync(ct) != PlanStatus.InReview)
        {
            return null;
        }
        var reason = decision.Reason?.Trim();
        if (reason?.Length > Comment.MaxBodyLength)
        {
            throw new DomainRuleException($"The reason is longer than {Comment.MaxBodyLength} characters.", "reason");
        }
        if (transition == PlanTransition.Return)
        {
            return string.IsNullOrEmpty(reason)
                ? throw new DomainRuleException("Say why the plan goes back to draft: the author reads it as a comment and can answer it.", "reason")
                : (CommentPurpose.Return, reason);
        }
        var errors = (await new CritiqueQueries(db, new PlanQueries(db), clock).ForPlanAsync(planId, ct: ct)).Summary.Errors;
        if (errors > 0 && !decision.Override)
        {
            throw new OverrideRequiredException(errors);
        }
        if (errors > 0 && string.IsNullOrEmpty(reason))
        {
            throw new DomainRuleException($"Say why you approve a plan the critique still finds {errors} {(errors == 1 ? "error" : "errors")} in.", "reason");
        }
        return string.IsNullOrEmpty(reason) ? null : (CommentPurpose.Approval, reason);
    }
}
