using System.Text.Json;
using System.Text.Json.Serialization;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gameplan.Core.Organizations;

/// <summary>
/// Settings are stored as one small JSON text column, spelled like the plan file's <c>settings</c>
/// (<c>{"max_strategies":4,"working_days":["mon","tue"]}</c>; an unset field is absent, <c>{}</c> sets nothing).
/// They are read and written whole and never queried, so one column keeps the schema small.
/// </summary>
internal static class PlanningSettingsColumn
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ValueConverter<PlanningSettings, string> Converter { get; } = new(s => Write(s), text => Read(text));

    public static ValueComparer<PlanningSettings> Comparer { get; } = new((a, b) => Equals(a, b), s => s.GetHashCode(), s => s);

    public static string Write(PlanningSettings settings) => JsonSerializer.Serialize(
        new Stored(settings.PlanningWindowDays, settings.MaxStrategies, settings.StrategicReviewDays, settings.TacticalReviewDays,
            settings.WorkingDays, settings.Holidays, settings.Rollup),
        Json);

    public static PlanningSettings Read(string text)
    {
        var stored = JsonSerializer.Deserialize<Stored>(string.IsNullOrWhiteSpace(text) ? "{}" : text, Json) ?? new Stored();
        return new PlanningSettings(stored.PlanningWindowDays, stored.MaxStrategies, stored.StrategicReviewDays, stored.TacticalReviewDays,
            stored.WorkingDays, stored.Holidays, stored.Rollup);
    }

    private sealed record Stored(
        int? PlanningWindowDays = null,
        int? MaxStrategies = null,
        int? StrategicReviewDays = null,
        int? TacticalReviewDays = null,
        IReadOnlyList<string>? WorkingDays = null,
        IReadOnlyList<DateOnly>? Holidays = null,
        string? Rollup = null);
}
