namespace Gameplan.Core.Audit;

/// <summary>
/// One changed field of an audit line in the product's words: <c>planning window: 90 days → 60 days</c>,
/// <c>team: Mid-Market → Enterprise</c>. A null value means "not set" (or the element did not exist).
/// </summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    public override string ToString() => $"{Field}: {Before ?? "—"} → {After ?? "—"}";
}
