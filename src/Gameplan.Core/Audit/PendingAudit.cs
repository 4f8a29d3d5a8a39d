namespace Gameplan.Core.Audit;

/// <summary>An audit line being gathered before the save that assigns the element its id.</summary>
internal sealed record PendingAudit(object Entity, string EntityType, string Action)
{
    public List<(string Field, string? Before, string? After)> Changes { get; } = [];
}
