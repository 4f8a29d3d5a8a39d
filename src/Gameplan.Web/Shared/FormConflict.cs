using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gameplan.Domain;
using Gameplan.Web.Hosting;

namespace Gameplan.Web.Shared;

/// <summary>
/// Compares the three versions of an edit form's request after a stale save: as the form showed it,
/// as someone else saved it since (theirs), and as typed (yours). Requests are flattened to their JSON
/// fields, spelled as in the API (<c>period.end</c>), so one comparison serves every form.
/// </summary>
internal static class FormConflict
{
    private static readonly JsonSerializerOptions Json = Options();

    /// <summary>The request as the form shows it, for a hidden field (only its own reader sees the comparison, so it needs no protection).</summary>
    public static string Capture<TRequest>(TRequest shown) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(shown, Json)));

    /// <summary>
    /// The fields the other person changed since the form was shown, theirs beside yours. Without a
    /// readable shown version (an older form), every field where theirs and yours differ.
    /// </summary>
    public static IReadOnlyList<ConflictField> Compare<TRequest>(string? shown, TRequest theirs, TRequest yours)
    {
        var before = Restore(shown);
        var now = Fields(JsonSerializer.SerializeToNode(theirs, Json));
        var typed = Fields(JsonSerializer.SerializeToNode(yours, Json));
        var changed = now.Where(f => before is null ? typed.GetValueOrDefault(f.Key) != f.Value : before.GetValueOrDefault(f.Key) != f.Value).ToList();
        if (changed.Count == 0)
        {
            changed = [.. now.Where(f => typed.GetValueOrDefault(f.Key) != f.Value)];
        }
        return [.. changed.Select(f => new ConflictField(Label(f.Key), Shown(f.Value), Shown(typed.GetValueOrDefault(f.Key))))];
    }

    private static Dictionary<string, string?>? Restore(string? shown)
    {
        if (string.IsNullOrEmpty(shown))
        {
            return null;
        }
        try
        {
            return Fields(JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(shown))));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Every leaf as "path: text"; a list is one field; numbers without trailing zeros (150 and 150.0000 are the same value).</summary>
    private static Dictionary<string, string?> Fields(JsonNode? node)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        Collect(node, "", fields);
        return fields;
    }

    private static void Collect(JsonNode? node, string path, Dictionary<string, string?> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Collect(value, path.Length == 0 ? name : $"{path}.{name}", fields);
                }
                break;
            case JsonArray list:
                fields[path] = list.Count == 0 ? null : string.Join(", ", list.Select(item => Text(item)));
                break;
            default:
                fields[path] = Text(node);
                break;
        }
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) =>
            Numbers.Exact(number),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } text ? text : null,
        _ => node.ToJsonString(),
    };

    private static string Shown(string? value) => value ?? "(empty)";

    /// <summary><c>background.current</c> reads "Background current", <c>dri</c> reads "DRI".</summary>
    private static string Label(string path)
    {
        var words = path.Replace('.', ' ').Replace('_', ' ');
        return words == "dri" ? "DRI" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions();
        WebServices.Configure(options);
        return options;
    }
}
