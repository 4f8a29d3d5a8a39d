using Gameplan.Domain.People;

namespace Gameplan.Core.People;

internal static class PeopleMapping
{
    public static PersonDetails ToDetails(Person person, string? team) =>
        new(person.Id, person.Handle, person.Name, person.Role, team, person.CapacityHoursPerWeek, person.IsActive, person.Email, person.TimeZone);
}
