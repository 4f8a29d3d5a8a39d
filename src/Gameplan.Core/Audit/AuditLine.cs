namespace Gameplan.Core.Audit;

/// <summary>One audit line as shown on a plan or person page; Changes is JSON (field: [[before, after]]).</summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string Action, string EntityType, int EntityId, string Summary, string Changes);
