using Gameplan.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Puts a broken planning rule next to the form input it is about. Core names fields as plan files
/// do (<c>period.end</c>, <c>capacity_hours_per_week</c>); forms bind them as <c>Input.Period.End</c>.
/// </summary>
internal static class FormErrors
{
    public static void AddRuleError(this ModelStateDictionary modelState, DomainRuleException rule, string prefix = "Input") =>
        modelState.AddModelError(KeyOf(rule.Field, prefix), rule.Message);

    /// <summary>
    /// The model-state key for a Core field name; no field means the form as a whole (the summary).
    /// So does <c>status</c>: it names the plan's life-cycle status (a closed plan refuses changes),
    /// never the status input of a tactic form.
    /// </summary>
    public static string KeyOf(string? field, string prefix = "Input") =>
        string.IsNullOrWhiteSpace(field) || field == "status"
            ? ""
            : prefix + "." + string.Join('.', field.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Pascal));

    private static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
