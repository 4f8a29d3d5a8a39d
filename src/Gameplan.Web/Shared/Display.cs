using System.Text.RegularExpressions;
using Gameplan.Core.Commitments;
using Gameplan.Domain;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Plans;

namespace Gameplan.Web.Shared;

/// <summary>How numbers, dates, enum values and commitments read on the pages (one format everywhere).</summary>
public static partial class Display
{
    public static string Number(decimal? value) => Measures.Number(value);

    /// <summary>A value with its unit: "9,500,000 USD" for <c>currency:USD</c>, "7 months", a bare count as is.</summary>
    public static string Measure(decimal? value, string? unit) => Measures.Of(value, unit);

    /// <summary>A count with its noun agreeing: "1 error", "19 errors".</summary>
    public static string Count(long count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";

    /// <summary>A day as the organisation writes it (<see cref="DateStyle"/>): "6 Dec 2026", or a dash.</summary>
    public static string Date(DateOnly? date) => Measures.Date(date);

    /// <summary>A day in full, with its weekday: "Sunday 6 December 2026" (the organisation's style).</summary>
    public static string LongDate(DateOnly date) => DateStyle.Current.LongDate(date);

    /// <summary>A day in a grid's heading: "Sun 6" (the organisation's style).</summary>
    public static string Weekday(DateOnly date) => DateStyle.Current.Weekday(date);

    /// <summary>A moment to the minute, in UTC: "6 Dec 2026 14:05 UTC" (the organisation's style), or a dash.</summary>
    public static string Moment(DateTimeOffset? moment) => moment is { } m ? DateStyle.Current.Moment(m) : "—";

    /// <summary>A timeline; both days inclusive.</summary>
    public static string Span(DateOnly? start, DateOnly? end) => Measures.Span(start, end);

    /// <summary><c>InReview</c> reads "In review"; <c>OneOnOne</c> reads "One-on-one".</summary>
    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var words = WordStart().Replace(value.ToString(), " $1").Trim().ToLowerInvariant();
        words = words == "one on one" ? "one-on-one" : words;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A metric standing alone (a heading, a column, a label): <c>demos_booked</c> reads "Demos booked".</summary>
    public static string Metric(string? name) => MetricNames.Label(name);

    /// <summary>A metric inside a sentence: "12 demos booked a week".</summary>
    public static string MetricWords(string? name) => MetricNames.Words(name);

    /// <summary>"60 prospecting minutes per day, for Lena, Mateo, Nia"; the unit is added when the metric does not already say it.</summary>
    public static string Commitment(CommitmentDetails commitment, string? tacticOwner, PeopleNames names)
    {
        var unit = commitment.Unit is "count" || commitment.Metric.Contains(commitment.Unit, StringComparison.OrdinalIgnoreCase)
            ? ""
            : $" ({commitment.Unit})";
        var per = commitment.Per == CommitmentPer.Period ? "over the tactic's timeline" : $"per {commitment.Per.ToString().ToLowerInvariant()}";
        var who = commitment.Assignees switch
        {
            AssigneeMode.Team => "the whole team",
            AssigneeMode.Named => names.FirstNames(commitment.People),
            _ => $"the owner ({names.Owner(tacticOwner)})",
        };
        return $"{Number(commitment.Target)} {MetricWords(commitment.Metric)}{unit} {per}, for {who}";
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();

}
