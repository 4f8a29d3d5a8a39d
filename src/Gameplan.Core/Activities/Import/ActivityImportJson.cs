using System.Text.Json;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// The import summary as the CLI prints it and the API returns it:
/// <c>{"imported": n, "duplicates": n, "invalid": [{"line": n, "column": "...", "reason": "..."}], "invalid_rows": n, "ignored": n, "rows": n}</c>.
/// </summary>
public static class ActivityImportJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Write(ActivityImportSummary summary) => JsonSerializer.Serialize(summary, Options);
}
