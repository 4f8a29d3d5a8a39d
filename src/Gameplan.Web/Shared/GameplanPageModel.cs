using Gameplan.Core;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Shared;

/// <summary>
/// What every page shares: a missing record is a 404 page, a save follows POST-redirect-GET back to
/// the element it changed, and a broken rule (or a database busy with another write) re-shows the
/// form with the message beside its input.
/// </summary>
public abstract class GameplanPageModel : PageModel
{
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Exception is NotFoundException)
        {
            context.Result = NotFound();
            context.ExceptionHandled = true;
        }
        else if (context.Exception is DomainRuleException rule)
        {
            // A rule broken by the address itself (?today=0001-01-01) has no form to show it beside.
            context.Result = new ContentResult { StatusCode = StatusCodes.Status400BadRequest, Content = rule.Message, ContentType = "text/plain; charset=utf-8" };
            context.ExceptionHandled = true;
        }
    }

    /// <summary>Redirects to <paramref name="page"/> scrolled to <paramref name="anchor"/>, with a short message there.</summary>
    protected RedirectResult SavedAt(string page, string anchor, string message = "Saved.")
    {
        TempData[Flash.Message] = message;
        TempData[Flash.Anchor] = anchor;
        return Redirect($"{page}#{anchor}");
    }

    protected RedirectResult Done(string page, string message)
    {
        TempData[Flash.Message] = message;
        return Redirect(page);
    }

    protected RedirectResult Refused(string page, DomainRuleException rule) => Refused(page, rule.Message);

    /// <summary>Redirects to <paramref name="page"/> with the refusal shown as an error there.</summary>
    protected RedirectResult Refused(string page, string message)
    {
        TempData[Flash.Error] = message;
        return Redirect(page);
    }

    /// <summary>
    /// Runs <paramref name="save"/> when the form is valid; otherwise, or when it breaks a rule, reloads
    /// what the form needs (<paramref name="reload"/>) and shows it again with the messages.
    /// </summary>
    protected async Task<IActionResult> SaveOrShowAsync(Func<Task<IActionResult>> save, Func<Task> reload)
    {
        if (ModelState.IsValid)
        {
            try
            {
                return await save();
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddRuleError(rule);
            }
            catch (AccessDeniedException denied)
            {
                ModelState.AddModelError("", denied.Message);
            }
            catch (PreconditionFailedException)
            {
                await reload();
                OnStaleSave();
                return Page();
            }
            catch (Exception busy) when (DatabaseBusy.Is(busy))
            {
                // Shown on the form, whose input is kept, rather than on the bare busy page.
                ModelState.AddModelError("", DatabaseBusy.Message);
            }
        }
        await reload();
        return Page();
    }

    /// <summary>
    /// A save refused because the record changed since the form showed it (called after the reload, so
    /// the page holds the record as it is now). An edit form shows what changed (<see cref="VersionedFormModel"/>).
    /// </summary>
    protected virtual void OnStaleSave() => ModelState.AddModelError("", "Someone else changed this since you opened it; nothing was saved. Open it again, then make your change.");

    /// <summary>An inline delete sent by htmx gets an empty answer (its element is removed); a plain form is redirected.</summary>
    protected IActionResult Deleted(string page, string message) =>
        Request.Headers["HX-Request"] == "true" && Request.Headers["HX-Boosted"] != "true"
            ? Content("", "text/html")
            : Done(page, message);
}
