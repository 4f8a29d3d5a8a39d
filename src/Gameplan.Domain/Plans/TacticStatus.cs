namespace Gameplan.Domain.Plans;

/// <summary>Where a tactic stands in its own short life.</summary>
public enum TacticStatus
{
    Planned,
    Active,
    Done,
    Dropped,
}
