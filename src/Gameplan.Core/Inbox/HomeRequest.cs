using Gameplan.Domain.People;

namespace Gameplan.Core.Inbox;

/// <summary>Chooses where the signed-in person lands: inbox, my_day, plans, or as the role allows team (managers, executives, admins), organization (executives, admins) or setup (admins); null (or absent) goes back to their role's default.</summary>
public sealed record HomeRequest
{
    public PersonHome? Home { get; init; }
}
