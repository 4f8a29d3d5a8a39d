using System.Text.Json;
using System.Text.Json.Serialization;
using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Reviews;

/// <summary>The held snapshot's JSON: the agenda as the API writes it (snake_case, enums as names).</summary>
internal static class AgendaJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Write(ReviewAgenda agenda) => JsonSerializer.Serialize(agenda, Options);

    public static ReviewAgenda Read(string json) =>
        JsonSerializer.Deserialize<ReviewAgenda>(json, Options) ?? throw new InvalidOperationException("A held review's snapshot is empty.");
}
