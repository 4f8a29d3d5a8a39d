namespace Gameplan.Domain.Reviews;

/// <summary>The keys of the agenda's sections (stable: tests, the API and the held snapshots name them).</summary>
public static class AgendaSections
{
    /// <summary>Tactical: each active tactic's activity since the previous tactical review.</summary>
    public const string Pace = "pace";

    /// <summary>Tactical: each commitment x person at risk or off track, and why.</summary>
    public const string OffPace = "off_pace";

    /// <summary>Tactical: tactics under way with no activity for 7 days (GP502).</summary>
    public const string IdleTactics = "idle_tactics";

    /// <summary>Tactical: critique findings the previous held review did not show.</summary>
    public const string NewFindings = "new_findings";

    /// <summary>Every kind: action items still open from earlier reviews of the series.</summary>
    public const string OpenActionItems = "open_action_items";

    /// <summary>Strategic: each goal's progress and the roll-up, with the change since the previous strategic review.</summary>
    public const string Goals = "goals";

    /// <summary>Strategic: strategies with neither tactics nor a child plan carrying them out.</summary>
    public const string Dreams = "strategies_without_tactics";

    /// <summary>Strategic: how far the child plans cover each goal.</summary>
    public const string Coverage = "coverage";

    /// <summary>Strategic: the risk radar now against the previous strategic review.</summary>
    public const string Risks = "risk_radar";

    /// <summary>Strategic: open action items due by the review.</summary>
    public const string DecisionsDue = "decisions_due";

    /// <summary>One-on-one: the person's commitments and pace.</summary>
    public const string Commitments = "commitments";

    /// <summary>One-on-one: the previous one-on-one's notes.</summary>
    public const string PreviousNotes = "previous_notes";

    /// <summary>One-on-one: what changed in the person's plan since the previous one-on-one.</summary>
    public const string PlanChanges = "plan_changes";

    /// <summary>
    /// One-on-one: the person's recent check-ins. Not prepared here: the check-ins feature adds it
    /// (<see cref="ReviewAgenda.With"/>) after <see cref="Commitments"/>.
    /// </summary>
    public const string CheckIns = "check_ins";
}
