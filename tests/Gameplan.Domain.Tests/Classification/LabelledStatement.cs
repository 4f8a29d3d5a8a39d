using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Tests.Classification;

/// <summary>One row of statements.tsv: the kind a person gave it, its split, and the text.</summary>
public sealed record LabelledStatement(StatementKind Kind, string Split, string Text)
{
    public const string Tune = "tune";
    public const string HeldOut = "heldout";

    private static readonly Lazy<IReadOnlyList<LabelledStatement>> Rows = new(() => Load("statements.tsv"));

    private static readonly Lazy<IReadOnlyList<LabelledStatement>> RealStyleRows = new(() => Load("statements-real-style.tsv"));

    /// <summary>All rows of the textbook-style set, read once from the copy next to the test assembly.</summary>
    public static IReadOnlyList<LabelledStatement> All => Rows.Value;

    /// <summary>
    /// The real-style set: statements written the way real plans and OKR documents are (gerunds,
    /// noun phrases, first person, clauses cut from longer sentences, headline key results), by the
    /// team, before the classifier was tuned for real text.
    /// </summary>
    public static IReadOnlyList<LabelledStatement> RealStyle => RealStyleRows.Value;

    public static IReadOnlyList<LabelledStatement> InSplit(string split) => InSplit(All, split);

    public static IReadOnlyList<LabelledStatement> InSplit(IReadOnlyList<LabelledStatement> rows, string split) =>
        [.. rows.Where(row => row.Split == split)];

    private static List<LabelledStatement> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", file);
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
