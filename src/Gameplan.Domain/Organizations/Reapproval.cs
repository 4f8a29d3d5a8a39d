namespace Gameplan.Domain.Organizations;

/// <summary>Which changes to an approved (Active) plan send it back to review (the organisation's <c>reapproval</c> setting).</summary>
public enum Reapproval
{
    /// <summary>Only changes to goals and strategies; tactics, commitments, reviews and the rest do not (the default).</summary>
    GoalsAndStrategies,

    /// <summary>Any change to the plan's content.</summary>
    Any,

    /// <summary>None: an approved plan stays approved; it only shows that it changed since.</summary>
    None,
}
