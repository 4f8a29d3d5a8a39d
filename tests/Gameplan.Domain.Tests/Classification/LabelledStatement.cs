using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Tests.Classification;

/// <summary>One row of statements.tsv: the kind a person gave it, its split, and the text.</summary>
public sealed record LabelledStatement(StatementKind Kind, string Split, string Text)
{
    public const string Tune = "tune";
    public const string HeldOut = "heldout";

    private static readonly Lazy<IReadOnlyList<LabelledStatement>> Rows = new(Load);

    /// <summary>All rows, read once from the copy next to the test assembly.</summary>
    public static IReadOnlyList<LabelledStatement> All => Rows.Value;

    public static IReadOnlyList<LabelledStatement> InSplit(string split) => [.. All.Where(row => row.Split == split)];

    private static List<LabelledStatement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "statements.tsv");
        return [.. File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse)];
    }

    private static LabelledStatement Parse(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3 || !Enum.TryParse<StatementKind>(fields[0], ignoreCase: true, out var kind)
            || fields[1] is not (Tune or HeldOut))
        {
            throw new InvalidDataException($"statements.tsv: expected kind<TAB>tune|heldout<TAB>text, got \"{line}\".");
        }
        return new LabelledStatement(kind, fields[1], fields[2]);
    }
}
