namespace Gameplan.Domain.Plans;

/// <summary>Whose plan it is: the whole organisation, one team, or one person.</summary>
public enum PlanScope
{
    Organization,
    Team,
    Person,
}
