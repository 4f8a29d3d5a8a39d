using System.Text.Json.Nodes;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>A mutated request body and the field it changed (JSON path as the API names fields, e.g. <c>period.end</c>).</summary>
/// <param name="Change">What was changed, when the body is too long to show (a plan file's changed line).</param>
internal sealed record Mutation(string Field, string Body, string? Change = null);

/// <summary>
/// Mutations of a valid JSON body: every field (nested objects and list items included) set to every
/// hostile value or removed, then a seeded sample of those plus pairs, so a run is the same every time.
/// </summary>
internal static class BodyMutations
{
    public static IReadOnlyList<Mutation> Of(string validBody, int count, Random random)
    {
        var root = JsonNode.Parse(validBody)!;
        var fields = Fields(root, "").ToList();
        var singles = fields.SelectMany(field => HostileValues.All.Select(value => (Field: field, Value: (string?)value)).Append((field, null))).ToList();
        var chosen = singles.OrderBy(_ => random.Next()).Take(count * 3 / 4).Select(s => Apply(validBody, [s])).ToList();
        while (chosen.Count < count)
        {
            var pair = new[] { singles[random.Next(singles.Count)], singles[random.Next(singles.Count)] };
            chosen.Add(Apply(validBody, pair));
        }
        chosen.AddRange(new[] { "[]", "\"text\"", "12", "null", "{\"unknown_field\": 1}", "{" }.Select(body => new Mutation("body", body)));
        return chosen;
    }

    /// <summary>Every path below the root: object members and list items, containers and leaves.</summary>
    private static IEnumerable<string> Fields(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in Fields(child, path))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{prefix}[{i}]";
                    yield return path;
                    if (array[i] is { } item)
                    {
                        foreach (var inner in Fields(item, path))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
        }
    }

    /// <summary>Sets each field to its value (null value: removes the field).</summary>
    private static Mutation Apply(string validBody, IEnumerable<(string Field, string? Value)> changes)
    {
        var root = JsonNode.Parse(validBody)!;
        var names = new List<string>();
        foreach (var (field, value) in changes)
        {
            if (Set(root, field, value))
            {
                names.Add(field);
            }
        }
        return new Mutation(string.Join(" + ", names), root.ToJsonString());
    }

    private static bool Set(JsonNode root, string field, string? value)
    {
        var steps = Steps(field);
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step.Index is { } i ? (parent as JsonArray)?.ElementAtOrDefault(i) : (parent as JsonObject)?[step.Name!];
            if (parent is null)
            {
                return false;
            }
        }
        var last = steps[^1];
        switch (parent)
        {
            case JsonObject obj when last.Name is { } name:
                if (value is null)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = HostileValues.Parse(value);
                }
                return true;
            case JsonArray array when last.Index is { } index && index < array.Count:
                if (value is null)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = HostileValues.Parse(value);
                }
                return true;
            default:
                return false;
        }
    }

    private static (string? Name, int? Index)[] Steps(string field) =>
        field.Split('.').SelectMany(part =>
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var indexes = bracket < 0 ? [] : part[bracket..].Trim('[', ']').Split("][").Select(int.Parse).Select(i => ((string?)null, (int?)i));
            return (name.Length == 0 ? [] : new[] { ((string?)name, (int?)null) }).Concat(indexes);
        }).ToArray();
}
