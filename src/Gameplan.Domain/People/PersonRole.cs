namespace Gameplan.Domain.People;

/// <summary>What a person does in the sales organisation; it decides what they may plan and see.</summary>
public enum PersonRole
{
    Rep,
    Manager,
    Executive,
    Admin,
}
