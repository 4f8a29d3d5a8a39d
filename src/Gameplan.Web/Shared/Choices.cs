using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gameplan.Web.Shared;

/// <summary>The options of the forms' select lists; values are what Core binds (enum names, handles, team names).</summary>
public static class Choices
{
    public static IEnumerable<SelectListItem> Of<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(Display.Label(value), value.ToString()));

    /// <summary>Active people, plus whoever is already chosen even if they have left.</summary>
    public static IEnumerable<SelectListItem> People(IEnumerable<PersonDetails> people, params IEnumerable<string?> chosen) =>
        People(people, null, chosen);

    /// <summary>
    /// The people a picker offers: the active ones the reader may hold to account (<paramref name="nameable"/>,
    /// null for everyone; see <c>PeopleQueries.NameableAsync</c>), and whoever is chosen already, so saving the
    /// form never drops a person someone else named.
    /// </summary>
    public static IEnumerable<SelectListItem> People(IEnumerable<PersonDetails> people, IReadOnlySet<int>? nameable, params IEnumerable<string?> chosen) =>
        people.Where(p => chosen.Contains(p.Handle, StringComparer.OrdinalIgnoreCase) || p.Active && (nameable is null || nameable.Contains(p.Id)))
            .Select(p => new SelectListItem($"{p.Name} ({p.Handle})", p.Handle));

    public static IEnumerable<SelectListItem> Teams(IEnumerable<TeamDetails> teams, int? except = null) =>
        teams.Where(t => t.Id != except).Select(t => new SelectListItem(t.Name, t.Name));
}
