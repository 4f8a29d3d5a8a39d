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
        people.Where(p => p.Active || chosen.Contains(p.Handle, StringComparer.OrdinalIgnoreCase))
            .Select(p => new SelectListItem($"{p.Name} ({p.Handle})", p.Handle));

    public static IEnumerable<SelectListItem> Teams(IEnumerable<TeamDetails> teams, int? except = null) =>
        teams.Where(t => t.Id != except).Select(t => new SelectListItem(t.Name, t.Name));
}
