namespace Gameplan.Core.Audit;

/// <summary>
/// One append-only line of the audit log: who created, changed or deleted which plan element or
/// person, when, and what changed (a JSON object of field: [before, after]).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(int organizationId, DateTimeOffset at, string actor, string action, string entityType, int entityId, int? planId, string summary, string changes)
    {
        OrganizationId = organizationId;
        At = at;
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PlanId = planId;
        Summary = summary;
        Changes = changes;
    }

    public long Id { get; private set; }

    public int OrganizationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who did it: a person's handle and name, a token name, or "system".</summary>
    public string Actor { get; private set; } = "";

    /// <summary>created, changed or deleted.</summary>
    public string Action { get; private set; } = "";

    /// <summary>plan, goal, strategy, tactic, commitment, review, person or team.</summary>
    public string EntityType { get; private set; } = "";

    public int EntityId { get; private set; }

    /// <summary>The plan the element belongs to, so a plan page can show its history.</summary>
    public int? PlanId { get; private set; }

    /// <summary>A readable name of the element at the time (its key and title).</summary>
    public string Summary { get; private set; } = "";

    public string Changes { get; private set; } = "{}";
}
