using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gameplan.Cli.Server;

/// <summary>
/// The web API's JSON spelling (snake_case names and enum values, as in plan files), so a list read
/// from the database prints the same JSON as one read from a server.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>An enum value as the API spells it (InReview becomes in_review).</summary>
    public static string Name(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
