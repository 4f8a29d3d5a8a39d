using Gameplan.Core;
using Gameplan.Core.Alignment;
using Gameplan.Core.Audit;
using Gameplan.Core.Comments;
using Gameplan.Core.Commitments;
using Gameplan.Core.Critique;
using Gameplan.Core.Plans;
using Gameplan.Core.Versions;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Gameplan.Web.Comments;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Plans;

/// <summary>The plan page: everything a manager needs to read a plan in half a minute, and the life-cycle steps.</summary>
public sealed class PlanPageModel(
    PlanQueries plans, PlanCommands commands, AuditQueries audit, CritiqueQueries critique, IAuthorizationService authorization,
    AcknowledgementQueries acknowledgements, CommitmentCommands commitments, AlignmentQueries alignment, CurrentUser me, CommentQueries comments,
    VersionQueries versions, Core.Reviews.ReviewWorkspaceQueries reviews, Core.Pace.PaceQueries pace, Core.Organizations.OrganizationQueries organization)
    : GameplanPageModel
{
    /// <summary>Each goal's progress today and its pace against the time gone by, by goal key.</summary>
    public IReadOnlyDictionary<string, GoalStanding> Standings { get; private set; } = new Dictionary<string, GoalStanding>();

    /// <summary>The plan's critique today: findings and the risk radar.</summary>
    public CritiqueReport Critique { get; private set; } = null!;

    /// <summary>The critique as the page reads it: grouped by rule, and each element's own findings.</summary>
    public CritiqueDigest Digest { get; private set; } = null!;

    /// <summary>The latest changes to the plan, newest first.</summary>
    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    /// <summary>May the reader change the plan (submit, close, reopen)?</summary>
    public bool CanEdit { get; private set; }

    /// <summary>May the reader approve or return it?</summary>
    public bool CanApprove { get; private set; }

    public PlanDetails Plan { get; private set; } = null!;

    /// <summary>How far the plans that carry this one out cover its goals, and those plans.</summary>
    public PlanCoverage Coverage { get; private set; } = PlanCoverage.None;

    /// <summary>
    /// What changed since the last approved version (since the first submitted one when it never was): the approver
    /// reads it before deciding; an approved plan shows that it changed. Null for a draft or closed plan, or one with no version.
    /// </summary>
    public VersionComparison? SinceApproval { get; private set; }

    /// <summary>A draft that was submitted before: its reviewer returned it (the reason is the plan's return thread).</summary>
    public bool Returned { get; private set; }

    public PeopleNames Names { get; private set; } = new([]);

    /// <summary>The next reviews the plan's cadence asks for, for those who may schedule them (empty for the others).</summary>
    public IReadOnlyList<Core.Reviews.ReviewProposal> Proposals { get; private set; } = [];

    /// <summary>How many comments and open threads each element has.</summary>
    public CommentSummary Comments { get; private set; } = new(new Dictionary<string, CommentCount>(), 0, 0);

    /// <summary>The ids of the commitments that bind the reader and wait for their acknowledgement (each gets a button).</summary>
    public IReadOnlySet<int> Unacknowledged { get; private set; } = new HashSet<int>();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.GetAsync(id, ct);
        Names = new PeopleNames(Plan.People);
        History = await audit.ForPlanAsync(id, take: 20, ct: ct);
        Critique = await critique.ForPlanAsync(id, ct: ct);
        Standings = GoalStanding.Of(Plan, await pace.GetReportAsync(id, ct: ct), await organization.GetPaceThresholdsAsync(ct));
        Coverage = await alignment.CoverageAsync(id, await me.ActorAsync(ct), ct);
        if (Plan.Status is PlanStatus.InReview or PlanStatus.Active)
        {
            SinceApproval = await versions.SinceApprovalAsync(id, ct);
        }
        else if (Plan.Status == PlanStatus.Draft)
        {
            Returned = (await versions.ListAsync(id, ct)).Any(v => v.Kind == PlanVersionKind.Submitted);
        }
        CanEdit = (await authorization.AuthorizeAsync(User, HttpContext, Policies.PlanEdit)).Succeeded;
        CanApprove = (await authorization.AuthorizeAsync(User, HttpContext, Policies.PlanApprove)).Succeeded;
        // A colleague's one-on-one shows its date, not its notes nor whom it is with.
        Plan = Plan with { Reviews = await reviews.VisibleAsync(id, Plan.Reviews, await me.ActorAsync(ct), ct) };
        if (CanEdit && User.CanWrite())
        {
            Proposals = await reviews.ProposeAsync(id, ct);
        }
        if (User.CanWrite())
        {
            Unacknowledged = await acknowledgements.AwaitingAsync(Plan, await me.ActorAsync(ct), ct);
        }
        Comments = await comments.SummaryAsync(Plan, ct);
        Digest = CritiqueDigest.Of(Critique, Plan, Target);
        // The tactic partials read these from here (their model is the tactic, not the page).
        ViewData[UnacknowledgedKey] = Unacknowledged;
        ViewData[CritiqueDigest.Key] = Digest;
        ViewData[CommentBlock.SummaryKey] = Comments;
    }

    /// <summary>The reader acknowledges one of their commitments; htmx swaps the commitment (and the critique) in place.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, int commitmentId, CancellationToken ct)
    {
        if (!User.CanWrite())
        {
            return Forbid();
        }
        var back = $"/plans/{id}#commitment-{commitmentId}";
        try
        {
            await commitments.AcknowledgeOwnAsync(id, commitmentId, await me.ActorAsync(ct), ct);
            return Done(back, "Commitment acknowledged.");
        }
        catch (Exception refusal) when (refusal is DomainRuleException or AccessDeniedException)
        {
            if (Request.Headers["HX-Request"] != "true")
            {
                return Refused(back, refusal.Message);
            }
            // htmx would swap in only the commitment; reload the whole page instead, to show why it was refused.
            TempData[Flash.Error] = refusal.Message;
            Response.Headers["HX-Refresh"] = "true";
            return Content("", "text/html");
        }
    }

    /// <summary>The view-data key of <see cref="Unacknowledged"/>.</summary>
    public const string UnacknowledgedKey = "unacknowledged-commitments";

    /// <summary>A life-cycle step; a reviewer's return gives its <paramref name="reason"/>, an approval over critique errors an <paramref name="override"/> with one.</summary>
    public async Task<IActionResult> OnPostTransitionAsync(int id, PlanTransition to, string? reason, bool @override, CancellationToken ct)
    {
        var policy = to is PlanTransition.Approve or PlanTransition.Return ? Policies.PlanApprove : Policies.PlanEdit;
        if (!(await authorization.AuthorizeAsync(User, HttpContext, policy)).Succeeded)
        {
            return Forbid();
        }
        try
        {
            var decision = new PlanDecisionRequest { Reason = reason, Override = @override };
            var plan = await commands.TransitionAsync(id, to, decision, await me.ActorAsync(ct), ct);
            return Done($"/plans/{id}", $"The plan is now {Display.Label(plan.Status).ToLowerInvariant()}.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{id}", rule);
        }
        catch (OverrideRequiredException required)
        {
            return Refused($"/plans/{id}", $"{required.Message.Split(". ")[0]}. Tick \"Approve anyway\" and say why.");
        }
    }

    /// <summary>The collapsed comments of an element of this page.</summary>
    public CommentBlock CommentsOn(string path) => CommentBlock.On(Plan.Id, Comments, path);

    public PlanItem<T> Item<T>(T item) => new(Plan, Names, item);

    /// <summary>Where a finding's path points on this page, and the form that fixes it.</summary>
    public (string? Anchor, string? Edit) Target(string path) => FindingTargets.Of(Plan, path);

    /// <summary>
    /// Where a finding points, and where it is fixed. GP308 is fixed on this page by the people a commitment
    /// binds acknowledging it, so only a reader who has one of that tactic's commitments to acknowledge gets "Fix it".
    /// </summary>
    public (string? Anchor, string? Edit) Target(Finding finding)
    {
        var target = FindingTargets.Of(Plan, finding.Path, finding.Rule);
        return finding.Rule == "GP308"
            && Plan.AllTactics().FirstOrDefault(t => $"tactic-{t.Id}" == target.Anchor) is { } tactic
            && !tactic.Commitments.Any(c => Unacknowledged.Contains(c.Id))
            ? (target.Anchor, null)
            : target;
    }

    /// <summary>The steps allowed from the current status, with the words on their buttons.</summary>
    public IEnumerable<(PlanTransition Step, string Label)> Steps() => AllSteps().Where(s =>
        s.Step is PlanTransition.Approve or PlanTransition.Return ? CanApprove : CanEdit);

    /// <summary>May the reader decide on the plan now (approve or return it, with a reason)?</summary>
    public bool Decides => CanApprove && Plan.Status == PlanStatus.InReview;

    private IEnumerable<(PlanTransition Step, string Label)> AllSteps() => Plan.Status switch
    {
        PlanStatus.Draft => [(PlanTransition.Submit, "Submit for review")],
        PlanStatus.InReview => [(PlanTransition.Approve, "Approve"), (PlanTransition.Return, "Return to draft")],
        PlanStatus.Active => [(PlanTransition.Close, "Close the plan")],
        PlanStatus.Closed => [(PlanTransition.Reopen, "Reopen")],
        _ => [],
    };
}
