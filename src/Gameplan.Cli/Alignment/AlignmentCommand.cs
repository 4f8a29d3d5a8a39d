using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gameplan.Cli.Organizations;
using Gameplan.Cli.Server;
using Gameplan.Core.Alignment;
using Gameplan.Domain;
using Gameplan.Domain.Pace;

namespace Gameplan.Cli.Alignment;

/// <summary>
/// <c>gameplan alignment [--plan ID] [--format text|json]</c>: the alignment tree, from a server
/// (<c>--server</c>, what the token's account may read) or straight from the database (every plan).
/// Text is one node a line, indented under its parent; JSON is the array the API returns.
/// </summary>
public static class AlignmentCommand
{
    public static Command Create(CliContext cli)
    {
        var plan = new Option<int?>("--plan") { Description = "Start from this plan (its id) and what carries it out; default: every plan that carries out no other.", HelpName = "ID" };
        var format = new Option<string>("--format")
        {
            Description = "text: one node a line, indented; json: the array the API returns.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var organization = new Option<string?>("--organization")
        {
            Description = "Without --server: the organisation to read, when the database holds several.",
            HelpName = "name",
        };
        var command = new Command("alignment", "The alignment tree: goals, strategies, the plans that carry them out, down to the commitments.") { plan, format, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(plan), parse.GetValue(format) == "json", parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, int? plan, bool json, string? organization, CancellationToken ct)
    {
        IReadOnlyList<AlignmentNode> roots;
        if (cli.Server.Choose(parse, cli.Database) is { } server)
        {
            if (organization is not null)
            {
                throw new UsageException("--organization is for reading the database; a server shows the plans of your token's organisation.");
            }
            var client = new ServerClient(cli, server);
            var body = await client.GetJsonAsync(plan is { } id ? $"api/v1/alignment?plan={id.ToString(CultureInfo.InvariantCulture)}" : "api/v1/alignment", ct);
            if (json)
            {
                cli.Output.WriteLine(body.Trim());
                return ExitCodes.Success;
            }
            roots = client.Read<List<AlignmentNode>>(body, "the alignment tree");
        }
        else
        {
            await using var db = await cli.Database.OpenExistingAsync(parse, ct);
            await OrganizationChoice.ScopeAsync(db, organization, ct);
            try
            {
                roots = await new AlignmentQueries(db, cli.Clock).TreeAsync(null, plan, ct);
            }
            catch (Gameplan.Core.NotFoundException)
            {
                throw new CommandFailedException($"There is no plan {plan}.");
            }
            if (json)
            {
                cli.Output.WriteLine(JsonSerializer.Serialize(roots, ApiJson.Options));
                return ExitCodes.Success;
            }
        }
        if (roots.Count == 0)
        {
            cli.WriteLine($"No plans.");
        }
        foreach (var root in roots)
        {
            Write(cli, root, 0);
        }
        return ExitCodes.Success;
    }

    private static void Write(CliContext cli, AlignmentNode node, int depth)
    {
        cli.Output.WriteLine(Line(node, depth));
        foreach (var child in node.Children)
        {
            Write(cli, child, depth + 1);
        }
    }

    /// <summary>"  Strategy s1 Win multi-site clinics [omar, 42% done]": kind, key, title, then the facts known.</summary>
    public static string Line(AlignmentNode node, int depth)
    {
        var facts = new List<string>();
        if (node.Owner is { } owner)
        {
            facts.Add(owner);
        }
        if (node.Status is { } status)
        {
            facts.Add(status.Replace('_', ' '));
        }
        if (node.Progress is { } progress)
        {
            facts.Add($"{Numbers.Format(progress * 100m, 0)}% done");
        }
        if (node.Pace is { } pace)
        {
            facts.Add(pace switch { PaceStatus.OnTrack => "on track", PaceStatus.AtRisk => "at risk", PaceStatus.OffTrack => "off track", _ => "not started" });
        }
        if (node.Coverage is { } coverage)
        {
            facts.Add($"child plans cover {coverage.Text}");
        }
        var kind = char.ToUpperInvariant(node.Kind[0]) + node.Kind[1..];
        var key = node.Key is null ? "" : $" {node.Key}";
        var tail = facts.Count == 0 ? "" : $" [{string.Join(", ", facts)}]";
        return $"{new string(' ', depth * 2)}{kind}{key} {node.Title}{tail}";
    }
}
