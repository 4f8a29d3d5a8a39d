using System.Text.RegularExpressions;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// Mutations of a valid plan file: the value of a <c>key: value</c> line replaced by a hostile value
/// (JSON text is valid YAML), seeded so a run is the same every time.
/// </summary>
internal static partial class PlanFileMutations
{
    public static IReadOnlyList<Mutation> Of(string planFile, int count, Random random)
    {
        var lines = planFile.Split('\n');
        var scalars = lines.Select((line, index) => (Match: Scalar().Match(line), Index: index)).Where(l => l.Match.Success).ToList();
        var all = scalars.SelectMany(s => HostileValues.All.Select(value => (s.Match, s.Index, Value: value))).ToList();
        return all.OrderBy(_ => random.Next()).Take(count).Select(m =>
        {
            var changed = (string[])lines.Clone();
            changed[m.Index] = m.Match.Groups["lead"].Value + m.Match.Groups["key"].Value + ": " + m.Value;
            return new Mutation(m.Match.Groups["key"].Value, string.Join('\n', changed), $"line {m.Index + 1}: {changed[m.Index].Trim()}");
        }).ToList();
    }

    [GeneratedRegex(@"^(?<lead>\s*(- )?)(?<key>[a-z_]+): (?<value>\S.*)$")]
    private static partial Regex Scalar();
}
