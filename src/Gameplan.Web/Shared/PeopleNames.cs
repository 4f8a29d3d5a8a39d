using Gameplan.Core.People;

namespace Gameplan.Web.Shared;

/// <summary>Shows people by name where Core refers to them by handle; an unknown handle is shown as it is.</summary>
public sealed class PeopleNames(IEnumerable<PersonDetails> people)
{
    /// <summary>How a tactic owned by everyone in the plan's team is written (plan-file spelling).</summary>
    public const string WholeTeam = "team";

    private readonly Dictionary<string, string> _names = people.ToDictionary(p => p.Handle, p => p.Name, StringComparer.OrdinalIgnoreCase);

    public string Of(string handle) => _names.GetValueOrDefault(handle, handle);

    public string FirstNameOf(string handle) => Of(handle).Split(' ', 2)[0];

    public string FirstNames(IEnumerable<string> handles) => string.Join(", ", handles.Select(FirstNameOf));

    public string Names(IEnumerable<string> handles) => string.Join(", ", handles.Select(Of));

    public string Owner(string? owner) => owner switch
    {
        null or "" => "Nobody yet",
        _ when string.Equals(owner, WholeTeam, StringComparison.OrdinalIgnoreCase) => "The whole team",
        _ => Of(owner),
    };
}
