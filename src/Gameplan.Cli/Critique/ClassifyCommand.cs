using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gameplan.Domain;
using Gameplan.Domain.Classification;

namespace Gameplan.Cli.Critique;

/// <summary>
/// <c>gameplan classify [TEXT ...] [--format text|json]</c>: says whether each statement reads as a
/// goal, a strategy or a tactic, with a confidence and the cues behind it. With no TEXT, one
/// statement per line of standard input (blank lines are skipped).
/// </summary>
public static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(CliContext cli)
    {
        var texts = new Argument<string[]>("TEXT") { Description = "Statements to classify; none: read one per line from standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format")
        {
            Description = "text: readable lines; json: one JSON object per statement, one per line.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("classify", "Say whether statements read as goals, strategies or tactics, and why.") { texts, format };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            var given = parse.GetValue(texts) ?? [];
            IReadOnlyList<string> statements = given.Length > 0 ? given : await ReadLinesAsync(cli.Input, ct);
            foreach (var statement in statements.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                var result = StatementClassifier.Classify(statement);
                if (parse.GetValue(format) == "json")
                {
                    cli.Output.WriteLine(JsonSerializer.Serialize(new ClassifyLine(result.Text, Kind(result.Kind), Numbers.Round(result.Confidence, 2), result.Reasons), Json));
                }
                else
                {
                    // Two decimals always, so the column lines up (the value is already rounded by Numbers).
                    var confidence = result.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
                    cli.WriteLine($"[bold]{Kind(result.Kind)}[/] {confidence}{(result.Unsure ? " (unsure)" : "")}  {result.Text}");
                    cli.WriteLine($"  [grey]{string.Join("; ", result.Reasons)}[/]");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Kind(StatementKind kind) => kind.ToString().ToLowerInvariant();

    private static async Task<List<string>> ReadLinesAsync(TextReader input, CancellationToken ct)
    {
        var lines = new List<string>();
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lines.Add(line.Trim());
        }
        return lines;
    }

    /// <summary>
    /// One line of <c>--format json</c>, exactly as PLAN-FORMAT's command-line contract spells it;
    /// whether a verdict is unsure follows from its confidence and the documented floor (0.6).
    /// </summary>
    private sealed record ClassifyLine(string Text, string Kind, double Confidence, IReadOnlyList<string> Reasons);
}
