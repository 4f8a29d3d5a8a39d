namespace Gameplan.Domain.Versions;

/// <summary>
/// A plan as it was submitted or approved: its plan file (the YAML <c>gameplan export</c> writes), numbered
/// 1, 2, 3 per plan, with who stored it, when and why. Versions are never changed; they go with their plan.
/// </summary>
public sealed class PlanVersion
{
    /// <summary>Longest reason, in characters.</summary>
    public const int MaxReasonLength = 2000;

    private PlanVersion() { }

    /// <param name="by">Who moved the plan, as the audit log names them (<c>rosa (Rosa Delgado)</c>; <c>system</c> for the CLI).</param>
    public PlanVersion(int organizationId, int planId, int number, PlanVersionKind kind, string file, string by, DateTimeOffset at, string? reason)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Versions are numbered from 1.");
        }
        OrganizationId = organizationId;
        PlanId = planId;
        Number = number;
        Kind = kind;
        File = file ?? throw new ArgumentNullException(nameof(file));
        By = Guard.Required(by, "by", 200);
        At = at;
        Reason = Guard.Optional(reason, "reason", MaxReasonLength);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>1 for the plan's first version, then one more for each.</summary>
    public int Number { get; private set; }

    public PlanVersionKind Kind { get; private set; }

    /// <summary>The plan file's text.</summary>
    public string File { get; private set; } = "";

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>Why, as given with the step; null when nobody said.</summary>
    public string? Reason { get; private set; }
}
