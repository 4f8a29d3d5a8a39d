using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web;

/// <summary>The plans are the home page.</summary>
public sealed class HomeModel : PageModel
{
    public IActionResult OnGet() => Redirect("/plans");
}
