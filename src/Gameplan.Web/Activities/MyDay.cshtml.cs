using Gameplan.Core;
using Gameplan.Core.Activities;
using Gameplan.Core.Commitments;
using Gameplan.Domain;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>
/// My day: today's targets with a one-tap +1 and a quantity field, and the last 14 days to correct.
/// htmx posts answer with the page's content only (rows update in place); without JavaScript the
/// forms post and come back here (POST-redirect-GET).
/// </summary>
public sealed class MyDayModel(MyDayQueries queries, MyDayCommands commands, CommitmentCommands commitments, CurrentUser me) : GameplanPageModel
{
    /// <summary>The quick log of today (one row's +1 or quantity, or another metric).</summary>
    [BindProperty]
    public LogForm Log { get; set; } = new();

    /// <summary>The grid of the last days, bound as <c>Input.Days[i]</c>.</summary>
    [BindProperty]
    public DaysForm Input { get; set; } = new();

    public MyDayDetails Day { get; private set; } = null!;

    private int? _readerId;

    /// <summary>A short confirmation shown in the content after an htmx post.</summary>
    public string? Saved { get; private set; }

    /// <summary>The person whose day is shown when the caller is not that person (kept in links and forms).</summary>
    public string? PersonParameter { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? person, CancellationToken ct) =>
        await RunAsync(async actor =>
        {
            Day = await queries.GetAsync(person, actor, ct);
            return null;
        }, person);

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        return await RunAsync(async actor =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    Day = await commands.LogTodayAsync(new QuickLogRequest(Log.Person, Log.Metric, Log.Quantity, Log.CreateMetric), actor, ct);
                    return Answer($"Logged {Display.Number(Log.Quantity)} {Day.History.FirstOrDefault(h => Same(h.Metric, Log.Metric))?.Metric ?? Log.Metric}.");
                }
                catch (DomainRuleException rule)
                {
                    ModelState.AddRuleError(rule, "Log");
                }
            }
            Day = await queries.GetAsync(Log.Person, actor, ct);
            return null;
        }, Log.Person);
    }

    public async Task<IActionResult> OnPostDaysAsync(CancellationToken ct)
    {
        return await RunAsync(async actor =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    var cells = Input.Days.Select(d => new DayValue(d.Metric, d.Date, d.Quantity)).ToList();
                    Day = await commands.SetDaysAsync(new SetDaysRequest(Input.Person, cells), actor, ct);
                    return Answer("Days saved.");
                }
                catch (DomainRuleException rule)
                {
                    ModelState.AddRuleError(rule, "Input");
                }
            }
            Day = await queries.GetAsync(Input.Person, actor, ct);
            return null;
        }, Input.Person);
    }

    /// <summary>Takes back the newest quick log of the day (only the person who logged it, within minutes); a refusal is shown, never silent.</summary>
    public async Task<IActionResult> OnPostUndoAsync(string? person, long? entryId, CancellationToken ct)
    {
        return await RunAsync(async actor =>
        {
            try
            {
                Day = await commands.UndoLastAsync(new UndoLogRequest(person, entryId), actor, ct);
                return Answer("Undone: the last entry is removed.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            Day = await queries.GetAsync(person, actor, ct);
            return null;
        }, person);
    }

    /// <summary>The person acknowledges one of their commitments (only on their own day: nobody acknowledges for someone else).</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int planId, int commitmentId, CancellationToken ct)
    {
        if (!User.CanWrite())
        {
            return Forbid();
        }
        return await RunAsync(async actor =>
        {
            try
            {
                var acknowledged = await commitments.AcknowledgeOwnAsync(planId, commitmentId, actor, ct);
                Day = await queries.GetAsync(null, actor, ct);
                return Answer($"Acknowledged: {Display.MetricWords(acknowledged.Metric)}.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            catch (AccessDeniedException denied)
            {
                ModelState.AddModelError("", denied.Message);
            }
            catch (NotFoundException)
            {
                ModelState.AddModelError("", "That commitment no longer exists.");
            }
            Day = await queries.GetAsync(null, actor, ct);
            return null;
        }, null);
    }

    /// <summary>Whether the day shown is the reader's own (only then may they acknowledge its commitments).</summary>
    public bool IsOwnDay => Day.Person.Id == _readerId;

    /// <summary>The value a history cell shows: what was typed when the form comes back with errors, else the stored total.</summary>
    public string CellValue(int index, decimal total) =>
        ModelState.TryGetValue($"Input.Days[{index}].Quantity", out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : Numbers.Format(total);

    /// <summary>The first error of a bound field, or null.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// Loads the day for the actor through <paramref name="work"/>; a result from it ends the request,
    /// null shows the page (or, for htmx, its content) with whatever is in the model state.
    /// </summary>
    private async Task<IActionResult> RunAsync(Func<Domain.Access.Actor, Task<IActionResult?>> work, string? person)
    {
        try
        {
            var actor = await me.ActorAsync(HttpContext.RequestAborted);
            _readerId = actor.PersonId;
            if (await work(actor) is { } result)
            {
                return result;
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (DomainRuleException rule) when (Day is null)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }
        PersonParameter = Day.People.Count > 1 && person is { Length: > 0 } ? Day.Person.Handle : null;
        return IsHtmx ? Partial("_MyDayContent", this) : Page();
    }

    private IActionResult Answer(string message)
    {
        if (IsHtmx)
        {
            Saved = message;
            ModelState.Clear();
            PersonParameter = Day.People.Count > 1 ? Day.Person.Handle : null;
            return Partial("_MyDayContent", this);
        }
        return Done(Day.People.Count > 1 ? $"/activities?person={Uri.EscapeDataString(Day.Person.Handle)}" : "/activities", message);
    }

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && Request.Headers["HX-Boosted"] != "true";

    private static bool Same(string a, string? b) => string.Equals(a, b?.Trim(), StringComparison.OrdinalIgnoreCase);

    public sealed class LogForm
    {
        public string? Person { get; set; }

        public string? Metric { get; set; }

        public decimal? Quantity { get; set; }

        /// <summary>The person confirmed that a metric the organisation does not have is created.</summary>
        public bool CreateMetric { get; set; }
    }

    public sealed class DaysForm
    {
        public string? Person { get; set; }

        public List<DayCell> Days { get; set; } = [];
    }

    public sealed class DayCell
    {
        public string? Metric { get; set; }

        public DateOnly? Date { get; set; }

        public decimal? Quantity { get; set; }
    }
}
