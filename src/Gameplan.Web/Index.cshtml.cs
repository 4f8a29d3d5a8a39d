using Gameplan.Core.Inbox;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web;

/// <summary>The home page sends each person where they chose to land (reps: the inbox unless they chose My day).</summary>
public sealed class HomeModel(HomeCommands homes) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => Redirect((await homes.GetAsync(User.PersonId(), ct)).Path);
}
