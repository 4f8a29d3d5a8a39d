using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gameplan.Core.Audit;

/// <summary>
/// Turns the stored changes of an audit line (CLR field names, ids, enum names; JSON
/// <c>{ field: [[before, after]] }</c>) into what a person reads: field labels of the forms, people
/// and teams by name, words for enum values, dates as on the pages, days with their unit. Lines
/// written before the settings were recorded field by field hold a record dump, read here member by member.
/// </summary>
internal sealed partial class AuditWording(IReadOnlyDictionary<int, string> people, IReadOnlyDictionary<int, string> teams, IReadOnlyDictionary<int, bool> tacticOwnedByTeam)
{
    // Bookkeeping the line itself already says (who, when) or that only steers another field.
    private static readonly HashSet<string> Hidden = ["OwnerIsTeam", "RecordedAt", "RecordedBy", "ElementKind", "ElementId", "By", "At", "Number"];

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TeamId"] = "team",
        ["OwnerId"] = "owner",
        ["DriId"] = "DRI",
        ["PersonId"] = "with",
        ["ParentTeamId"] = "part of",
        ["PeriodStart"] = "period start",
        ["PeriodEnd"] = "period end",
        ["Drafted"] = "drafting started",
        ["BackgroundCurrent"] = "where we stand now",
        ["BackgroundDesired"] = "where we want to be",
        ["CustomerWho"] = "who is our customer",
        ["CustomerValues"] = "what our customer values",
        ["DesiredResults"] = "desired results",
        ["EffortHours"] = "effort (hours)",
        ["CapacityHoursPerWeek"] = "hours a week",
        ["IsActive"] = "active",
        ["Email"] = "e-mail",
        ["Assignees"] = "for",
        ["people"] = "assignees",
        ["acknowledged_by"] = "acknowledged by",
        ["authors"] = "drafted by",
        ["AuthorId"] = "by",
        ["ResolvedById"] = "resolved by",
        ["ElementPath"] = "on",
        ["ThreadId"] = "in reply to comment",
        ["Settings.PlanningWindowDays"] = "planning window",
        ["Settings.MaxStrategies"] = "most strategies",
        ["Settings.StrategicReviewDays"] = "strategic review every",
        ["Settings.TacticalReviewDays"] = "tactical review every",
        ["Settings.WorkingDays"] = "working days",
        ["Settings.Holidays"] = "holidays",
        ["Settings.Rollup"] = "roll-up",
    };

    private static readonly HashSet<string> PersonFields = new(StringComparer.OrdinalIgnoreCase) { "DriId", "PersonId", "people", "acknowledged_by", "authors", "AuthorId", "ResolvedById", "mentions" };

    private static readonly HashSet<string> TeamFields = new(StringComparer.OrdinalIgnoreCase) { "TeamId", "ParentTeamId" };

    private static readonly HashSet<string> EnumFields = ["Scope", "Status", "Direction", "Per", "Assignees", "Kind", "Role", "Source", "Purpose"];

    private static readonly HashSet<string> DateFields = ["PeriodStart", "PeriodEnd", "Drafted", "Due", "Start", "Date", "Settings.Holidays"];

    private static readonly HashSet<string> DayCounts = ["Settings.PlanningWindowDays", "Settings.StrategicReviewDays", "Settings.TacticalReviewDays"];

    public IReadOnlyList<AuditChange> Describe(AuditEntry entry)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, string?[][]>>(entry.Changes) ?? [];
        var pairs = stored.SelectMany(field => field.Value.Select(v => (Field: field.Key, Before: v.ElementAtOrDefault(0), After: v.ElementAtOrDefault(1))))
            .SelectMany(Expand)
            .ToList();
        var ownerIsTeam = pairs.FirstOrDefault(p => p.Field == "OwnerIsTeam");
        return [.. pairs.Where(p => !Hidden.Contains(p.Field) && p.Before != p.After).Select(p => new AuditChange(
            Label(p.Field),
            Value(entry, p.Field, p.Before, ownerIsTeam.Before),
            Value(entry, p.Field, p.After, ownerIsTeam.After)))];
    }

    /// <summary>A line's summary; a review's kind in words ("OneOnOne review on ..." in older lines).</summary>
    public static string Summary(AuditEntry entry) =>
        entry.EntityType == "review" && entry.Summary.Split(' ')[0] is { Length: > 0 } kind
            ? Words(kind) + entry.Summary[kind.Length..]
            : entry.Summary;

    /// <summary>A settings record dump (older lines) becomes one change per member that differs.</summary>
    private static IEnumerable<(string Field, string? Before, string? After)> Expand((string Field, string? Before, string? After) change)
    {
        if (change.Field != "Settings")
        {
            return [change];
        }
        var before = Members(change.Before);
        var after = Members(change.After);
        return before.Keys.Union(after.Keys).Select(member => ($"Settings.{member}", before.GetValueOrDefault(member), after.GetValueOrDefault(member)));
    }

    private static Dictionary<string, string?> Members(string? dump) =>
        dump is null ? [] : Member().Matches(dump).ToDictionary(
            m => m.Groups["name"].Value,
            m => m.Groups["value"].Value.Trim() is { Length: > 0 } value && !value.StartsWith("System.", StringComparison.Ordinal) ? value : null);

    private static string Label(string field) =>
        Labels.TryGetValue(field, out var label) ? label : Words(field.Replace("Settings.", "", StringComparison.Ordinal));

    private string? Value(AuditEntry entry, string field, string? value, string? ownerIsTeam)
    {
        if (value is null)
        {
            return null;
        }
        var isTeamOwner = field == "OwnerId" && entry.EntityType == "tactic"
            && (ownerIsTeam is not null ? ownerIsTeam == "True" : tacticOwnedByTeam.GetValueOrDefault(entry.EntityId));
        if (TeamFields.Contains(field) || isTeamOwner)
        {
            return Names(value, teams, "a deleted team");
        }
        if (PersonFields.Contains(field) || field == "OwnerId")
        {
            return Names(value, people, "a deleted person");
        }
        if (DayCounts.Contains(field))
        {
            return value + " days";
        }
        if (DateFields.Contains(field))
        {
            return string.Join(", ", value.Split(',', StringSplitOptions.TrimEntries).Select(d => Date(d) is { } date ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : d));
        }
        if (EnumFields.Contains(field))
        {
            return Words(value);
        }
        return field is "Held" or "IsActive" ? value == "True" ? "yes" : "no" : value;
    }

    private static string Names(string ids, IReadOnlyDictionary<int, string> names, string gone) =>
        string.Join(", ", ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.TryParse(id, CultureInfo.InvariantCulture, out var n) ? names.GetValueOrDefault(n, gone) : id));

    private static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "MM/dd/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"OneOnOne" → "one on one", "PlanningWindowDays" → "planning window days".</summary>
    internal static string Words(string name) => WordStart().Replace(name, " $1").ToLowerInvariant();

    [GeneratedRegex(@"(?<name>[A-Z][A-Za-z]*) = (?<value>[^,}]*)")]
    private static partial Regex Member();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
