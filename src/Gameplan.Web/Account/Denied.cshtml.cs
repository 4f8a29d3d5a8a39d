using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Account;

/// <summary>Shown when a signed-in person opens something their role does not allow.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
