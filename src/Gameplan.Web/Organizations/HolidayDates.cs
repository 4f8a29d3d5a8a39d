using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gameplan.Web.Organizations;

/// <summary>
/// Holidays as a form shows them: dates (YYYY-MM-DD) separated by commas, spaces or lines; the word
/// <c>none</c> for "no holidays" (which overrides a fallback's); empty for "not set here".
/// </summary>
public static class HolidayDates
{
    public const string None = "none";

    public static string? Format(IReadOnlyList<DateOnly>? days) => days switch
    {
        null => null,
        [] => None,
        _ => string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
    };

    /// <summary>The dates, or null when the text sets none; a word that is not a date is an error at <paramref name="key"/>.</summary>
    public static IReadOnlyList<DateOnly>? Parse(string? text, ModelStateDictionary modelState, string key)
    {
        var words = (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }
        var days = new List<DateOnly>();
        foreach (var word in words.Where(w => !w.Equals(None, StringComparison.OrdinalIgnoreCase)))
        {
            if (!DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                modelState.AddModelError(key, $"Holidays are dates written YYYY-MM-DD; '{word}' is not one.");
                return null;
            }
            days.Add(day);
        }
        return days;
    }
}
