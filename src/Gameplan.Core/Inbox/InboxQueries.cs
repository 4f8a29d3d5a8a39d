using System.Text.RegularExpressions;
using Gameplan.Core.Commitments;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Domain.Access;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Inbox;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Inbox;

/// <summary>
/// A person's inbox: what they must do, gathered from the records each time (nothing is stored, so an
/// item disappears the moment it is done). Each source follows <see cref="InboxRules"/>; docs/inbox.md
/// lists them. Only plans the person may read contribute.
/// </summary>
public sealed partial class InboxQueries(GameplanDbContext db, PlanQueries plans, CritiqueQueries critique, TimeProvider clock)
{
    /// <summary>The inbox of <paramref name="personId"/> on <paramref name="today"/> (default: their today).</summary>
    public async Task<InboxDetails> ForPersonAsync(int personId, DateOnly? today = null, CancellationToken ct = default)
    {
        var org = await InboxSnapshot.LoadAsync(db, plans, critique, clock, whole: false, ct);
        var day = today ?? await new OrganizationClock(db, clock).ForPersonAsync(personId, ct);
        return await ForPersonAsync(org, personId, day, ct);
    }

    /// <summary>
    /// The inboxes of many people at once, each on their own day (<paramref name="people"/>: person id to today), exactly as
    /// <see cref="ForPersonAsync(int, DateOnly?, CancellationToken)"/> returns each: every source is read once for the whole
    /// organisation and each plan critiqued once, so the per-person cost is the work on their own items (the digest run).
    /// </summary>
    public async Task<IReadOnlyDictionary<int, InboxDetails>> ForPeopleAsync(IReadOnlyDictionary<int, DateOnly> people, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var org = await InboxSnapshot.LoadAsync(db, plans, critique, clock, whole: true, ct);
        var inboxes = new Dictionary<int, InboxDetails>(people.Count);
        foreach (var (personId, day) in people)
        {
            inboxes[personId] = await ForPersonAsync(org, personId, day, ct);
        }
        return inboxes;
    }

    private async Task<InboxDetails> ForPersonAsync(InboxSnapshot org, int personId, DateOnly day, CancellationToken ct)
    {
        var person = org.People.GetValueOrDefault(personId) ?? throw new NotFoundException($"Person {personId}");
        var tree = org.Tree;
        var actor = Actor.For(person.Id, person.Role, person.TeamId, tree);
        var heads = org.Heads;

        var items = new List<InboxItem>();
        items.AddRange(await ApprovalsAsync(org, actor, heads.Values, ct));
        items.AddRange(await ReturnedAsync(org, person.Id, heads.Values, ct));
        items.AddRange(await CommentsAsync(org, actor, heads, ct));
        items.AddRange(await AcknowledgementsAsync(org, person, day, ct));
        items.AddRange(await ReviewsAsync(org, actor, heads, day, ct));
        items.AddRange(await ActionItemsAsync(actor, ct));
        if (await org.DueWeekAsync(person, day, ct) is { } week)
        {
            items.Add(new InboxItem(InboxItemKind.CheckIn, $"check-in:{week:yyyy-MM-dd}", "Check in for this week",
                "Your numbers, how confident you are, wins, blockers and next week's focus.", "/check-in", week, null));
        }
        var owned = await org.OwnedPlansAsync(person.Id, ct);
        items.AddRange(await MeasurementsAsync(org, actor, owned, heads, day, ct));
        // An unacknowledged commitment the person acknowledges right here needs no finding about it beside it (GP308).
        var acknowledging = items.Where(i => i.Kind == InboxItemKind.Acknowledge).Select(i => i.Link).ToHashSet(StringComparer.Ordinal);
        items.AddRange((await FindingsAsync(org, person.Id, owned, day, ct)).Where(f => !(f.Key.Contains(":GP308:", StringComparison.Ordinal) && acknowledging.Contains(f.Link))));
        return new InboxDetails(person.Id, day, InboxRules.Order(items, day));
    }

    private static async Task<IEnumerable<InboxItem>> ApprovalsAsync(InboxSnapshot org, Actor actor, IEnumerable<PlanHead> heads, CancellationToken ct)
    {
        var submitted = heads.Where(h => h.Status == PlanStatus.InReview && PlanAccess.Allows(actor, h.Facts, PlanPermission.Approve)).ToList();
        if (submitted.Count == 0)
        {
            return [];
        }
        var managers = await org.ManagersAsync(ct);
        var waiting = submitted.Where(h => InboxRules.WaitsForApproval(actor, h.Facts, InboxRules.AManagerMayApprove(h.Facts, managers))).ToList();
        var ids = waiting.Select(h => h.Id).ToList();
        var since = await org.SubmittedAsync(ids, ct);
        return waiting.Select(h => new InboxItem(InboxItemKind.Approve, $"approve:plan-{h.Id}", $"Approve or return {h.Name}",
            "Submitted for your approval.", $"/plans/{h.Id}", null, since.TryGetValue(h.Id, out var at) ? at : null, h.Id));
    }

    private static async Task<IEnumerable<InboxItem>> ReturnedAsync(InboxSnapshot org, int me, IEnumerable<PlanHead> heads, CancellationToken ct)
    {
        var drafts = heads.Where(h => h.Status == PlanStatus.Draft && h.Facts.OwnerId == me).ToDictionary(h => h.Id);
        if (drafts.Count == 0)
        {
            return [];
        }
        var ids = drafts.Keys.ToList();
        var submitted = (await org.SubmittedAsync(ids, ct)).Select(x => new { PlanId = x.Key, At = x.Value }).ToList();
        var reasons = await org.ReturnReasonsAsync(ids, ct);
        return submitted.Select(s =>
        {
            var reason = reasons.Where(r => r.PlanId == s.PlanId).MaxBy(r => r.CreatedAt);
            return new InboxItem(InboxItemKind.Returned, $"returned:plan-{s.PlanId}", $"Rework and resubmit {drafts[s.PlanId].Name}",
                reason is null ? "Returned to you as a draft." : $"Returned: {Shorten(reason.Body)}", $"/plans/{s.PlanId}", null, reason?.CreatedAt ?? s.At, s.PlanId);
        });
    }

    private static async Task<IEnumerable<InboxItem>> CommentsAsync(InboxSnapshot org, Actor actor, IReadOnlyDictionary<int, PlanHead> heads, CancellationToken ct)
    {
        var me = actor.PersonId!.Value;
        var mine = heads.Values.Where(h => h.Facts.OwnerId == me).Select(h => h.Id).ToList();
        var comments = await org.ThreadsAsync(me, mine, ct);
        if (comments.Count == 0)
        {
            return [];
        }
        var items = new List<InboxItem>();
        foreach (var thread in comments.Where(c => c.IsThread && !c.IsResolved))
        {
            if (!heads.TryGetValue(thread.PlanId, out var plan) || !PlanAccess.Allows(actor, plan.Facts, PlanPermission.Read))
            {
                continue;
            }
            var all = comments.Where(c => c.Id == thread.Id || c.ThreadId == thread.Id)
                .Select(c => new ThreadComment(c.Id, c.AuthorId, [.. c.Mentions.Select(m => m.PersonId)], c.CreatedAt, c.IsDeleted)).ToList();
            if (InboxRules.WaitingFor(me, all, thread.Purpose == CommentPurpose.Return, plan.Facts.OwnerId) is not { } waiting)
            {
                continue;
            }
            var body = comments.First(c => c.Id == waiting.Id).Body;
            var who = org.People.GetValueOrDefault(waiting.AuthorId)?.Name ?? "Someone";
            items.Add(new InboxItem(InboxItemKind.Comment, $"comment:thread-{thread.Id}:{waiting.Id}", $"Answer {who} on {plan.Name}",
                Shorten(body), $"/plans/{plan.Id}/comments#comment-{thread.Id}", null, waiting.CreatedAt, plan.Id));
        }
        return items;
    }

    private static async Task<IEnumerable<InboxItem>> AcknowledgementsAsync(InboxSnapshot org, InboxSnapshot.Member person, DateOnly today, CancellationToken ct)
    {
        var items = new List<InboxItem>();
        foreach (var (plan, document) in await org.ActivePlansAsync(person, today, today, ct))
        {
            items.AddRange(CommitmentAssignees.Awaiting(plan, document, person.Handle).Select(c => new InboxItem(
                InboxItemKind.Acknowledge, $"acknowledge:commitment-{c.Commitment.Id}", $"Acknowledge {MetricNames.Words(c.Commitment.Metric)} in {plan.Name}",
                c.Tactic.Action, $"/plans/{plan.Id}#tactic-{c.Tactic.Id}", null, null, plan.Id, c.Commitment.Id)));
        }
        return items;
    }

    private static async Task<IEnumerable<InboxItem>> ReviewsAsync(InboxSnapshot org, Actor actor, IReadOnlyDictionary<int, PlanHead> heads, DateOnly today, CancellationToken ct)
    {
        var me = actor.PersonId!.Value;
        var (from, to) = (today.AddDays(-InboxRules.WriteUpDays), today.AddDays(InboxRules.PrepareDays));
        var reviews = await org.ReviewsAsync(from, to, ct);
        var people = org.People;
        var participants = await org.ParticipantsAsync(from, to, ct);
        var items = new List<InboxItem>();
        foreach (var review in reviews)
        {
            if (!heads.TryGetValue(review.PlanId, out var plan) || InboxRules.DutyOf(review.Date, review.Held, today) is not { } duty)
            {
                continue;
            }
            // Who runs it: whoever may change the plan (as the workspace has it; admins and executives only for plans they
            // own). Who prepares it too: the coached person and the participants.
            var runs = PlanAccess.Allows(actor, plan.Facts, PlanPermission.Edit) && (actor.Role is not (PersonRole.Admin or PersonRole.Executive) || plan.Facts.OwnerId == me);
            var takesPart = review.PersonId == me || participants.Contains((review.Id, me));
            if (!(runs || takesPart && duty == ReviewDuty.Prepare))
            {
                continue;
            }
            var what = review.Kind switch
            {
                ReviewKind.OneOnOne => $"one-on-one with {(review.PersonId is { } id ? people.GetValueOrDefault(id)?.Name : null) ?? "someone"}",
                ReviewKind.Strategic => "strategic review",
                _ => "tactical review",
            };
            var (title, detail) = duty == ReviewDuty.Prepare
                ? ($"Prepare the {what}", $"{plan.Name}: add your talking points before it.")
                : ($"Write up the {what}", $"{plan.Name}: notes, decisions and action items, then mark it held.");
            items.Add(new InboxItem(InboxItemKind.Review, $"review:{review.Id}:{duty.ToString().ToLowerInvariant()}", title, detail,
                $"/plans/{plan.Id}/reviews/{review.Id}", review.Date, null, plan.Id));
        }
        return items;
    }

    /// <summary>The open action items the person owns, from review workspaces they still read (due on their due day).</summary>
    private async Task<IEnumerable<InboxItem>> ActionItemsAsync(Actor actor, CancellationToken ct) =>
        (await new ReviewWorkspaceQueries(db, clock).MineAsync(actor, ct)).Select(i => new InboxItem(
            InboxItemKind.ActionItem, $"action-item:{i.Id}", i.Text, $"{i.Plan}: raised in the review of {i.RaisedOn:yyyy-MM-dd}.", i.Url, i.Due, null, i.PlanId));

    private static async Task<IEnumerable<InboxItem>> MeasurementsAsync(InboxSnapshot org, Actor actor, IReadOnlyList<StrategicPlan> owned, IReadOnlyDictionary<int, PlanHead> heads, DateOnly today, CancellationToken ct)
    {
        var me = actor.PersonId!.Value;
        var active = owned.Where(p => p.Status == PlanStatus.Active && p.PeriodStart <= today).ToList();
        var goalIds = active.SelectMany(p => p.Goals).Select(g => g.Id).ToList();
        if (goalIds.Count == 0)
        {
            return [];
        }
        var last = await org.LastMeasuredAsync(goalIds, ct);
        var items = new List<InboxItem>();
        foreach (var plan in active)
        {
            var mayRecord = PlanAccess.Allows(actor, heads[plan.Id].Facts, PlanPermission.Edit);
            // Goals whose metric a commitment logs are measured by the activity itself; the rest are measured by hand.
            var logged = plan.Tactics.SelectMany(t => t.Commitments).Select(c => c.Metric.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var goal in plan.Goals.Where(g => g.IsMeasurable && !logged.Contains(g.Metric!.Trim())))
            {
                // The DRI measures when they may record; otherwise the plan's owner does.
                var measurer = goal.DriId == me && mayRecord || goal.DriId != me && plan.OwnerId == me && (goal.DriId is null || !DriMayRecord(goal.DriId.Value, plan));
                if (!measurer || InboxRules.MeasurementDue(last.TryGetValue(goal.Id, out var d) ? d : null, plan.PeriodStart, goal.Due!.Value, today) is not { } due)
                {
                    continue;
                }
                items.Add(new InboxItem(InboxItemKind.Measurement, $"measure:goal-{goal.Id}:{due:yyyy-MM-dd}", $"Measure {goal.Title}",
                    last.TryGetValue(goal.Id, out var previous) ? $"{plan.Name}: last measured {previous:yyyy-MM-dd}." : $"{plan.Name}: not measured yet.",
                    $"/plans/{plan.Id}/goals/{goal.Id}/edit#measurements", due, null, plan.Id));
            }
        }
        return items;

        // The plan's owner and the managers above it may record; a DRI who is the owner is covered by the first case.
        static bool DriMayRecord(int dri, StrategicPlan plan) => plan.OwnerId == dri;
    }

    private static async Task<IEnumerable<InboxItem>> FindingsAsync(InboxSnapshot org, int me, IReadOnlyList<StrategicPlan> owned, DateOnly today, CancellationToken ct)
    {
        var items = new List<InboxItem>();
        foreach (var plan in owned)
        {
            var report = await org.CritiqueAsync(plan.Id, today, ct);
            // One item per rule and element: a rule that reports each person of a tactic (GP501) is one thing to look at there.
            foreach (var same in report.Findings.Where(f => f.Severity != FindingSeverity.Info).GroupBy(f => (f.Rule, f.Path)))
            {
                var (finding, more) = (same.First(), same.Count() - 1);
                var element = ElementOf(plan, finding.Path);
                if (element.Owner != me)
                {
                    continue;
                }
                items.Add(new InboxItem(InboxItemKind.Finding, $"finding:plan-{plan.Id}:{finding.Rule}:{finding.Path}",
                    $"{finding.Rule}: {finding.Message}", more == 0 ? finding.Advice : $"{finding.Advice} ({more} more like it there.)",
                    $"/plans/{plan.Id}#{element.Anchor}", null, null, plan.Id));
            }
        }
        return items;
    }

    /// <summary>
    /// The element a finding's path points at (its tactic, else its strategy, else its goal) and who owns it:
    /// the owner or DRI, or the plan's owner for an element with none, for a team-owned tactic and for paths
    /// that name no element (<c>plan</c>, <c>reviews</c>, <c>people[dana]</c>).
    /// </summary>
    private static (int? Owner, string Anchor) ElementOf(StrategicPlan plan, string path)
    {
        string? Key(string kind) => Segment().Matches(path).LastOrDefault(m => m.Groups["kind"].Value == kind)?.Groups["key"].Value;
        if (Key("tactics") is { } tacticKey && plan.Tactics.FirstOrDefault(t => string.Equals(t.Key, tacticKey, StringComparison.OrdinalIgnoreCase)) is { } tactic)
        {
            return (tactic.OwnerIsTeam ? plan.OwnerId : tactic.OwnerId ?? plan.OwnerId, $"tactic-{tactic.Id}");
        }
        if (Key("strategies") is { } strategyKey && plan.Strategies.FirstOrDefault(s => string.Equals(s.Key, strategyKey, StringComparison.OrdinalIgnoreCase)) is { } strategy)
        {
            return (strategy.DriId ?? plan.OwnerId, $"strategy-{strategy.Id}");
        }
        if (Key("goals") is { } goalKey && plan.Goals.FirstOrDefault(g => string.Equals(g.Key, goalKey, StringComparison.OrdinalIgnoreCase)) is { } goal)
        {
            return (goal.DriId ?? plan.OwnerId, $"goal-{goal.Id}");
        }
        return (plan.OwnerId, "critique");
    }

    [GeneratedRegex(@"(?<kind>[a-z]+)\[(?<key>[^\]]+)\]")]
    private static partial Regex Segment();

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "...");
}
