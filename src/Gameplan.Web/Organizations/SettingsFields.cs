using System.Globalization;
using Gameplan.Core.Organizations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gameplan.Web.Organizations;

/// <summary>
/// What the settings fields partial needs: the values, the name prefix they bind under (<c>Input</c>
/// on the organisation page, <c>Input.Settings</c> in the plan form), the holidays as typed (bound
/// apart, as <c>HolidayDates</c>: see <see cref="Organizations.HolidayDates"/>), and, for a plan, the
/// organisation's settings that an empty field falls back to (otherwise the defaults).
/// </summary>
public sealed record SettingsFields(
    PlanningSettingsInput Settings, string Prefix, string? HolidayText, PlanningSettingsInput? Organization, ModelStateDictionary ModelState)
{
    /// <summary>The page property the holidays text binds to.</summary>
    public const string HolidaysName = "HolidayDates";

    public static readonly IReadOnlyList<(string Value, string Label)> Days =
        [("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"), ("fri", "Friday"), ("sat", "Saturday"), ("sun", "Sunday")];

    public string Name(string field) => $"{Prefix}.{field}";

    public string Id(string field) => Name(field).Replace('.', '_');

    public bool Invalid(string field) => ModelState.TryGetValue(Name(field), out var entry) && entry.Errors.Count > 0;

    public string? Error(string field) =>
        ModelState.TryGetValue(Name(field), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>What an empty field means here, e.g. "organisation: 120" or "default: 90".</summary>
    public string Fallback(Func<PlanningSettingsInput, object?> field)
    {
        if (Organization is not null && Text(field(Organization)) is { } own)
        {
            return $"organisation: {own}";
        }
        return Text(field(PlanningSettingsInput.Defaults)) is { } value ? $"default: {value}" : "default: chosen from the goals";
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IReadOnlyList<string> list => string.Join(", ", list),
        IReadOnlyList<DateOnly> { Count: 0 } => "none",
        IReadOnlyList<DateOnly> dates => string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
