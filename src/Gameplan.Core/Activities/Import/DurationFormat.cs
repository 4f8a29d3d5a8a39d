using System.Text.Json.Serialization;

namespace Gameplan.Core.Activities.Import;

/// <summary>How a duration column is written; the activity's quantity is always minutes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DurationFormat>))]
public enum DurationFormat
{
    /// <summary>A number of seconds (90 is 1.5 minutes).</summary>
    [JsonStringEnumMemberName("seconds")] Seconds,

    /// <summary>A number of minutes.</summary>
    [JsonStringEnumMemberName("minutes")] Minutes,

    /// <summary>Hours, minutes and seconds: <c>1:05:30</c> or <c>01:05:30</c> is 65.5 minutes.</summary>
    [JsonStringEnumMemberName("hh:mm:ss")] Clock,
}
