namespace Gameplan.Core.Audit;

/// <summary>An audit line being gathered before the save that assigns the element its id.</summary>
internal sealed record PendingAudit(object Entity, string EntityType, string Action)
{
    /// <summary>created, changed or deleted; a line first opened by a link row becomes "created" when its owner is new.</summary>
    public string Action { get; set; } = Action;

    public List<(string Field, string? Before, string? After)> Changes { get; } = [];
}
