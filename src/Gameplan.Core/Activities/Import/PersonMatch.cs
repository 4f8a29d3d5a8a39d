using System.Text.Json.Serialization;

namespace Gameplan.Core.Activities.Import;

/// <summary>How a person column names people.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonMatch>))]
public enum PersonMatch
{
    /// <summary>A handle, else an account's e-mail address, else a full name.</summary>
    [JsonStringEnumMemberName("any")] Any,
    [JsonStringEnumMemberName("handle")] Handle,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("name")] Name,
}
