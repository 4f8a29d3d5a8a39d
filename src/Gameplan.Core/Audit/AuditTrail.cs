using System.Text.Json;
using Gameplan.Domain;
using Gameplan.Domain.Comments;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gameplan.Core.Audit;

/// <summary>
/// Reads the change tracker just before a save and turns every created, changed or deleted plan
/// element, person or team into audit lines. Link rows (a strategy's goals, a tactic's authors, a
/// commitment's people and acknowledgements) are folded into their owner's line.
/// </summary>
internal static class AuditTrail
{
    private static readonly Dictionary<Type, string> Audited = new()
    {
        [typeof(StrategicPlan)] = "plan",
        [typeof(Goal)] = "goal",
        [typeof(Strategy)] = "strategy",
        [typeof(Tactic)] = "tactic",
        [typeof(ActivityCommitment)] = "commitment",
        [typeof(Review)] = "review",
        [typeof(Person)] = "person",
        [typeof(Team)] = "team",
        [typeof(GoalMeasurement)] = "measurement",
        [typeof(Comment)] = "comment",
        [typeof(PlanVersion)] = "version",
    };

    // Every plan change bumps these; they are bookkeeping, not content.
    // A version's plan file is kept whole in its own table; its line says which version, why and by whom.
    private static readonly HashSet<string> Ignored = ["Id", "Version", "UpdatedAt", "CreatedAt", "Position", "PlanId", "StrategyId", "TacticId", "OrganizationId", "File"];

    public static List<PendingAudit> Collect(ChangeTracker tracker)
    {
        var pending = new Dictionary<object, PendingAudit>(ReferenceEqualityComparer.Instance);
        var entries = tracker.Entries().ToList();
        var tracked = new TrackedElements(entries);
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (Audited.TryGetValue(entry.Entity.GetType(), out var type))
            {
                var changes = Changes(entry);
                if (entry.State != EntityState.Modified || changes.Count > 0)
                {
                    var audit = Get(pending, entry.Entity, type, Action(entry.State));
                    audit.Action = Action(entry.State);
                    audit.Changes.AddRange(changes);
                }
                continue;
            }
            if (Link(tracked, entry) is ({ } owner, { } ownerType, { } field, var value))
            {
                var added = entry.State == EntityState.Added;
                Get(pending, owner, ownerType, "changed").Changes.Add((field, added ? null : value, added ? value : null));
            }
        }
        return pending.Values.ToList();
    }

    public static string Serialize(PendingAudit audit) =>
        JsonSerializer.Serialize(audit.Changes.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Select(c => new[] { c.Before, c.After }).ToList()));

    public static int? PlanIdOf(TrackedElements tracked, object entity) => entity switch
    {
        StrategicPlan plan => plan.Id,
        Goal goal => goal.PlanId,
        Strategy strategy => strategy.PlanId,
        Review review => review.PlanId,
        GoalMeasurement measurement => tracked.Find<Goal>(measurement.GoalId)?.PlanId,
        Comment comment => comment.PlanId,
        PlanVersion version => version.PlanId,
        Tactic tactic => tactic.PlanId,
        ActivityCommitment commitment => tracked.Owner<Tactic>(commitment, commitment.TacticId)?.PlanId,
        _ => null,
    };

    public static string Describe(object entity) => entity switch
    {
        StrategicPlan plan => plan.Name,
        Goal goal => $"{goal.Key}: {goal.Title}",
        Strategy strategy => $"{strategy.Key}: {strategy.Statement}",
        Tactic tactic => $"{tactic.Key}: {tactic.Action}",
        ActivityCommitment commitment => $"{Numbers.Format(commitment.Target, 2)} {commitment.Metric} per {commitment.Per.ToString().ToLowerInvariant()}",
        Review review => $"{AuditWording.Words(review.Kind.ToString())} review on {review.Date:yyyy-MM-dd}",
        GoalMeasurement measurement => $"{Numbers.Format(measurement.Value)} on {measurement.Date:yyyy-MM-dd}",
        PlanVersion version => $"version {version.Number}, {version.Kind.ToString().ToLowerInvariant()}",
        Person person => $"{person.Name} ({person.Handle})",
        Team team => team.Name,
        Comment comment => $"{comment.ElementPath}: {Excerpt(comment.Body)}",
        _ => "",
    };

    private static PendingAudit Get(Dictionary<object, PendingAudit> pending, object entity, string type, string action)
    {
        if (!pending.TryGetValue(entity, out var audit))
        {
            pending[entity] = audit = new PendingAudit(entity, type, action);
        }
        return audit;
    }

    private static List<(string Field, string? Before, string? After)> Changes(EntityEntry entry) =>
        entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty())
            .SelectMany(p => Values(p.Metadata.Name, entry.State == EntityState.Added ? null : p.OriginalValue, entry.State == EntityState.Deleted ? null : p.CurrentValue))
            .Where(c => c.Before != c.After)
            .ToList();

    /// <summary>A field's change; settings are recorded member by member (<c>Settings.PlanningWindowDays</c>), never as one record.</summary>
    private static IEnumerable<(string Field, string? Before, string? After)> Values(string field, object? before, object? after)
    {
        if (before is not PlanningSettings && after is not PlanningSettings)
        {
            return [(field, Text(before), Text(after))];
        }
        var (was, now) = (before as PlanningSettings, after as PlanningSettings);
        return SettingsMembers.Select(m => ($"{field}.{m.Name}", was is null ? null : Text(m.Read(was)), now is null ? null : Text(m.Read(now))));
    }

    private static readonly (string Name, Func<PlanningSettings, object?> Read)[] SettingsMembers =
    [
        (nameof(PlanningSettings.PlanningWindowDays), s => s.PlanningWindowDays),
        (nameof(PlanningSettings.MaxStrategies), s => s.MaxStrategies),
        (nameof(PlanningSettings.StrategicReviewDays), s => s.StrategicReviewDays),
        (nameof(PlanningSettings.TacticalReviewDays), s => s.TacticalReviewDays),
        (nameof(PlanningSettings.WorkingDays), s => s.WorkingDays),
        (nameof(PlanningSettings.Holidays), s => s.Holidays),
        (nameof(PlanningSettings.Rollup), s => s.Rollup),
    ];

    private static (object? Owner, string? OwnerType, string? Field, string? Value) Link(TrackedElements tracked, EntityEntry entry) => entry.Entity switch
    {
        StrategyGoal link => (tracked.Owner<Strategy>(link, link.StrategyId), "strategy", "goals", link.Goal?.Key),
        TacticAuthor link => (tracked.Owner<Tactic>(link, link.TacticId), "tactic", "authors", Text(link.PersonId)),
        CommitmentAssignee link => (tracked.Owner<ActivityCommitment>(link, link.CommitmentId), "commitment", "people", Text(link.PersonId)),
        Acknowledgement link => (tracked.Owner<ActivityCommitment>(link, link.CommitmentId), "commitment", "acknowledged_by", Text(link.PersonId)),
        CommentMention link => (tracked.Owner<Comment>(link, link.CommentId), "comment", "mentions", Text(link.PersonId)),
        _ => (null, null, null, null),
    };

    // A deleted comment's line keeps what it said (the row keeps only its place).
    private static string Excerpt(string body) => body.Length <= 80 ? body : body[..79] + "…";

    private static string Action(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "changed",
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
