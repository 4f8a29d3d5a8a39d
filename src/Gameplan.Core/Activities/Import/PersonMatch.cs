using System.Text.Json.Serialization;

namespace Gameplan.Core.Activities.Import;

/// <summary>How a person column names people.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonMatch>))]
public enum PersonMatch
{
    /// <summary>A handle, else an e-mail address (work or sign-in), else a full name.</summary>
    [JsonStringEnumMemberName("any")] Any,
    [JsonStringEnumMemberName("handle")] Handle,
    /// <summary>A person's work e-mail address or the e-mail address their account signs in with.</summary>
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("name")] Name,
}
