using Gameplan.Core.Activities;
using Gameplan.Core.CheckIns;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Inbox;

/// <summary>
/// What the inbox reads, for one call of <see cref="InboxQueries"/>: the people, the team tree and the open plans'
/// heads read once, and each other source read on first use and kept (the managers, the reviews of a window, the
/// critique of a plan on a day). Made for one person it reads the rest as that person needs it, as the inbox always
/// did; made for many (<see cref="Whole"/>) it reads each source once for the whole organisation and picks each
/// person's part in memory, so a digest run pays per person only for the work on their own items. It lives for
/// one call only, so no inbox ever shows records older than the call.
/// </summary>
internal sealed class InboxSnapshot
{
    private readonly GameplanDbContext _db;
    private readonly PlanQueries _plans;
    private readonly CritiqueQueries _critique;
    private readonly TimeProvider _clock;
    private readonly Dictionary<(DateOnly From, DateOnly To), List<Review>> _reviews = [];
    private readonly Dictionary<(int Plan, DateOnly Day), CritiqueReport> _reports = [];
    private readonly Dictionary<(DateOnly From, DateOnly To), IReadOnlyList<(PlanDetails Plan, PlanDocument Document)>> _active = [];
    private readonly Dictionary<DateOnly, HashSet<int>> _checkedIn = [];
    private List<Actor>? _managers;
    private Organization? _organization;
    private Dictionary<int, DateTimeOffset>? _submitted;
    private List<ReturnReason>? _reasons;
    private List<Comment>? _threads;
    private Dictionary<int, List<StrategicPlan>>? _owned;
    private Dictionary<int, DateOnly>? _measured;

    private readonly Dictionary<(DateOnly, DateOnly), HashSet<(int ReviewId, int PersonId)>> _participants = [];

    private InboxSnapshot(GameplanDbContext db, PlanQueries plans, CritiqueQueries critique, TimeProvider clock, bool whole)
    {
        (_db, _plans, _critique, _clock, Whole) = (db, plans, critique, clock, whole);
    }

    public sealed record ReturnReason(int PlanId, string Body, DateTimeOffset CreatedAt);

    public sealed record Member(int Id, string Handle, string Name, PersonRole Role, int? TeamId, bool IsActive);

    /// <summary>Whether each source is read for the whole organisation (many inboxes) rather than for one person.</summary>
    public bool Whole { get; }

    public IReadOnlyDictionary<int, Member> People { get; private set; } = new Dictionary<int, Member>();

    public IReadOnlyDictionary<int, int?> Tree { get; private set; } = new Dictionary<int, int?>();

    /// <summary>The plans that are not closed.</summary>
    public IReadOnlyDictionary<int, PlanHead> Heads { get; private set; } = new Dictionary<int, PlanHead>();

    public static async Task<InboxSnapshot> LoadAsync(GameplanDbContext db, PlanQueries plans, CritiqueQueries critique, TimeProvider clock, bool whole, CancellationToken ct)
    {
        var snapshot = new InboxSnapshot(db, plans, critique, clock, whole)
        {
            People = await db.People.AsNoTracking().Select(p => new Member(p.Id, p.Handle, p.Name, p.Role, p.TeamId, p.IsActive)).ToDictionaryAsync(p => p.Id, ct),
            Tree = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct),
            Heads = (await db.ListAsync(db.Plans.Where(p => p.Status != PlanStatus.Closed), ct)).ToDictionary(h => h.Id),
        };
        return snapshot;
    }

    /// <summary>The active managers with a team, as actors (who may approve what).</summary>
    public async Task<IReadOnlyList<Actor>> ManagersAsync(CancellationToken ct) =>
        _managers ??= (await _db.People.AsNoTracking().Where(p => p.Role == PersonRole.Manager && p.IsActive && p.TeamId != null)
            .Select(p => new { p.Id, p.TeamId }).ToListAsync(ct)).Select(m => Actor.For(m.Id, PersonRole.Manager, m.TeamId, Tree)).ToList();

    /// <summary>When each of the plans was last submitted (plans never submitted are absent); the latest is taken in memory, as SQLite cannot compare offsets.</summary>
    public async Task<Dictionary<int, DateTimeOffset>> SubmittedAsync(List<int> ids, CancellationToken ct)
    {
        var submitted = _db.PlanVersions.AsNoTracking().Where(v => v.Kind == PlanVersionKind.Submitted);
        if (!Whole)
        {
            return Latest((await submitted.Where(v => ids.Contains(v.PlanId)).Select(v => new { v.PlanId, v.At }).ToListAsync(ct)).Select(v => (v.PlanId, v.At)));
        }
        _submitted ??= Latest((await submitted.Select(v => new { v.PlanId, v.At }).ToListAsync(ct)).Select(v => (v.PlanId, v.At)));
        return ids.Where(_submitted.ContainsKey).Distinct().ToDictionary(id => id, id => _submitted[id]);

        static Dictionary<int, DateTimeOffset> Latest(IEnumerable<(int PlanId, DateTimeOffset At)> versions) =>
            versions.GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => g.Max(v => v.At));
    }

    /// <summary>The reasons given when the plans were returned (the opening comments of their return threads).</summary>
    public async Task<List<ReturnReason>> ReturnReasonsAsync(List<int> ids, CancellationToken ct)
    {
        var returns = _db.Comments.AsNoTracking().Where(c => c.ThreadId == null && c.Purpose == CommentPurpose.Return);
        if (!Whole)
        {
            return [.. (await returns.Where(c => ids.Contains(c.PlanId)).Select(c => new { c.PlanId, c.Body, c.CreatedAt }).ToListAsync(ct))
                .Select(c => new ReturnReason(c.PlanId, c.Body, c.CreatedAt))];
        }
        _reasons ??= [.. (await returns.Select(c => new { c.PlanId, c.Body, c.CreatedAt }).ToListAsync(ct)).Select(c => new ReturnReason(c.PlanId, c.Body, c.CreatedAt))];
        var wanted = ids.ToHashSet();
        return [.. _reasons.Where(r => wanted.Contains(r.PlanId))];
    }

    /// <summary>Every comment, with its mentions, of the threads that mention <paramref name="me"/> or return one of <paramref name="mine"/>, in id order.</summary>
    public async Task<List<Comment>> ThreadsAsync(int me, List<int> mine, CancellationToken ct)
    {
        if (!Whole)
        {
            var threadIds = await _db.Comments.AsNoTracking()
                .Where(c => c.Mentions.Any(m => m.PersonId == me) || c.ThreadId == null && c.Purpose == CommentPurpose.Return && mine.Contains(c.PlanId))
                .Select(c => c.ThreadId ?? c.Id).Distinct().ToListAsync(ct);
            return threadIds.Count == 0 ? [] : await _db.Comments.AsNoTracking().Include(c => c.Mentions)
                .Where(c => threadIds.Contains(c.Id) || c.ThreadId != null && threadIds.Contains(c.ThreadId.Value)).OrderBy(c => c.Id).ToListAsync(ct);
        }
        if (_threads is null)
        {
            // Every thread that waits for someone: those with a mention and the return threads.
            var all = await _db.Comments.AsNoTracking().Where(c => c.Mentions.Any() || c.ThreadId == null && c.Purpose == CommentPurpose.Return)
                .Select(c => c.ThreadId ?? c.Id).Distinct().ToListAsync(ct);
            _threads = all.Count == 0 ? [] : await _db.Comments.AsNoTracking().Include(c => c.Mentions)
                .Where(c => all.Contains(c.Id) || c.ThreadId != null && all.Contains(c.ThreadId.Value)).OrderBy(c => c.Id).ToListAsync(ct);
        }
        var plans = mine.ToHashSet();
        var threads = _threads.Where(c => c.Mentions.Any(m => m.PersonId == me) || c.ThreadId == null && c.Purpose == CommentPurpose.Return && plans.Contains(c.PlanId))
            .Select(c => c.ThreadId ?? c.Id).ToHashSet();
        return threads.Count == 0 ? [] : [.. _threads.Where(c => threads.Contains(c.Id) || c.ThreadId is { } thread && threads.Contains(thread))];
    }

    public async Task<Organization> OrganizationAsync(CancellationToken ct) => _organization ??= await OrganizationQueries.LoadAsync(_db, ct);

    /// <summary>
    /// The active plans overlapping <paramref name="from"/> .. <paramref name="to"/> that may bind <paramref name="person"/>
    /// (as <see cref="ActivePlans.LoadAsync"/> picks them: organisation plans, plans of their team and the teams above, their own).
    /// </summary>
    public async Task<IReadOnlyList<(PlanDetails Plan, PlanDocument Document)>> ActivePlansAsync(Member person, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var settings = await OrganizationAsync(ct);
        if (!Whole)
        {
            var teams = await ActivePlans.WithAncestorsAsync(_db, person.TeamId is { } team ? [team] : [], ct);
            return await ActivePlans.LoadAsync(_db, _plans, settings, from, to, teams, [person.Id], ct);
        }
        if (!_active.TryGetValue((from, to), out var all))
        {
            _active[(from, to)] = all = await ActivePlans.LoadAsync(_db, _plans, settings, from, to, null, null, ct);
        }
        var above = new HashSet<int>();
        for (var cursor = person.TeamId; cursor is { } id && above.Add(id);)
        {
            cursor = Tree.GetValueOrDefault(id);
        }
        return [.. all.Where(a => Heads.TryGetValue(a.Plan.Id, out var head) && head.Facts is var facts && (facts.Scope == PlanScope.Organization
            || facts.Scope == PlanScope.Team && facts.TeamId is { } team && above.Contains(team)
            || facts.Scope == PlanScope.Person && facts.OwnerId == person.Id))];
    }

    /// <summary>The reviews not held from <paramref name="from"/> to <paramref name="to"/> (read once per window).</summary>
    public async Task<List<Review>> ReviewsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!_reviews.TryGetValue((from, to), out var reviews))
        {
            _reviews[(from, to)] = reviews = await _db.Plans.AsNoTracking().SelectMany(p => p.Reviews).Where(r => !r.Held && r.Date >= from && r.Date <= to).ToListAsync(ct);
        }
        return reviews;
    }

    /// <summary>Who takes part in each of the reviews not held from <paramref name="from"/> to <paramref name="to"/> (read once per window).</summary>
    public async Task<HashSet<(int ReviewId, int PersonId)>> ParticipantsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!_participants.TryGetValue((from, to), out var participants))
        {
            var ids = (await ReviewsAsync(from, to, ct)).Select(r => r.Id).ToList();
            _participants[(from, to)] = participants = (await _db.ReviewParticipants.AsNoTracking().Where(p => ids.Contains(p.ReviewId))
                .Select(p => new { p.ReviewId, p.PersonId }).ToListAsync(ct)).Select(p => (p.ReviewId, p.PersonId)).ToHashSet();
        }
        return participants;
    }

    /// <summary>The due day of the week the person still owes a check-in for on <paramref name="today"/>, as <see cref="CheckInQueries.DueWeekAsync(int, DateOnly?, CancellationToken)"/> answers it.</summary>
    public async Task<DateOnly?> DueWeekAsync(Member person, DateOnly today, CancellationToken ct)
    {
        if (!Whole)
        {
            return await new CheckInQueries(_db, _plans, new ActivityQueries(_db), _clock).DueWeekAsync(person.Id, today, ct);
        }
        var due = CheckInWeeks.DueFor(today, (await OrganizationAsync(ct)).CheckInDay);
        if (!_checkedIn.TryGetValue(due, out var done))
        {
            _checkedIn[due] = done = [.. await _db.CheckIns.AsNoTracking().Where(c => c.Week == due).Select(c => c.PersonId).ToListAsync(ct)];
        }
        if (done.Contains(person.Id) || !person.IsActive)
        {
            return null;
        }
        var member = new CheckInPlans.Member(person.Id, person.Handle, person.TeamId);
        var plans = await ActivePlansAsync(person, due.AddDays(-6), due, ct);
        return plans.Any(p => CheckInPlans.Of(p.Plan, p.Document, member) is not null) ? due : null;
    }

    /// <summary>The open plans where the person owns the plan or is DRI or owner of one of its elements, loaded whole, in id order.</summary>
    public async Task<IReadOnlyList<StrategicPlan>> OwnedPlansAsync(int me, CancellationToken ct)
    {
        if (!Whole)
        {
            var ids = await _db.Plans.AsNoTracking()
                .Where(p => p.Status != PlanStatus.Closed && (p.OwnerId == me || p.Goals.Any(g => g.DriId == me) || p.Strategies.Any(s => s.DriId == me) || p.Tactics.Any(t => t.OwnerId == me)))
                .Select(p => p.Id).ToListAsync(ct);
            return ids.Count == 0 ? [] : await _db.LoadPlansAsync([.. ids.Where(Heads.ContainsKey)], ct);
        }
        if (_owned is null)
        {
            // Whole plans are loaded tracked (a placed tactic joins its plan's list that way); they are let go at once so
            // that the caller's own changes (a digest run's ledger) are not checked against thousands of plan entities.
            var tracked = _db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            var plans = await _db.LoadPlansAsync([.. Heads.Keys], ct);
            foreach (var entry in _db.ChangeTracker.Entries().Where(e => !tracked.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }
            _owned = [];
            foreach (var plan in plans.Where(p => p.Status != PlanStatus.Closed))
            {
                var owners = plan.Goals.Select(g => g.DriId).Concat(plan.Strategies.Select(s => s.DriId)).Concat(plan.Tactics.Select(t => t.OwnerId))
                    .Append(plan.OwnerId).OfType<int>().Distinct();
                foreach (var owner in owners)
                {
                    (_owned.TryGetValue(owner, out var list) ? list : _owned[owner] = []).Add(plan);
                }
            }
        }
        return _owned.TryGetValue(me, out var mine) ? mine : [];
    }

    /// <summary>The day each of the goals was last measured (goals never measured are absent).</summary>
    public async Task<Dictionary<int, DateOnly>> LastMeasuredAsync(List<int> goalIds, CancellationToken ct)
    {
        if (!Whole)
        {
            return await _db.GoalMeasurements.AsNoTracking().Where(m => goalIds.Contains(m.GoalId))
                .GroupBy(m => m.GoalId).Select(g => new { GoalId = g.Key, Date = g.Max(m => m.Date) }).ToDictionaryAsync(x => x.GoalId, x => x.Date, ct);
        }
        _measured ??= await _db.GoalMeasurements.AsNoTracking()
            .GroupBy(m => m.GoalId).Select(g => new { GoalId = g.Key, Date = g.Max(m => m.Date) }).ToDictionaryAsync(x => x.GoalId, x => x.Date, ct);
        return goalIds.Where(_measured.ContainsKey).Distinct().ToDictionary(id => id, id => _measured[id]);
    }

    /// <summary>The critique of the plan on <paramref name="today"/>, computed once per call.</summary>
    public async Task<CritiqueReport> CritiqueAsync(int planId, DateOnly today, CancellationToken ct)
    {
        if (!_reports.TryGetValue((planId, today), out var report))
        {
            _reports[(planId, today)] = report = await _critique.ForPlanAsync(planId, today, ct);
        }
        return report;
    }
}
