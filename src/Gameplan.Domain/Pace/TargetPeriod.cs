namespace Gameplan.Domain.Pace;

/// <summary>What an activity target is counted per (<c>per</c> in a plan file).</summary>
public enum TargetPeriod
{
    /// <summary>The target is due on every working day.</summary>
    Day,

    /// <summary>Per calendar week (Monday to Sunday), shared evenly by that week's working days.</summary>
    Week,

    /// <summary>Per calendar month, shared evenly by that month's working days.</summary>
    Month,

    /// <summary>Per calendar quarter (Jan-Mar, Apr-Jun, ...), shared evenly by that quarter's working days.</summary>
    Quarter,

    /// <summary>Once over the tactic's whole span, shared evenly by its working days.</summary>
    Period,
}
