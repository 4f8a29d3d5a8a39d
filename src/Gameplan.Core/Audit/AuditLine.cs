namespace Gameplan.Core.Audit;

/// <summary>
/// One audit line as shown on a plan or person page. <paramref name="Changes"/> is the stored JSON
/// (field: [[before, after]], fields and ids as stored, for scripts); <paramref name="Changed"/> says the
/// same in the product's words (people and teams by name), for people.
/// </summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string Action, string EntityType, int EntityId, string Summary, string Changes, IReadOnlyList<AuditChange> Changed);
