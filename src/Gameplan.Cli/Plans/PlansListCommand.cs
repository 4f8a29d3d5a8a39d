using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gameplan.Cli.Organizations;
using Gameplan.Cli.Server;
using Gameplan.Core.Plans;

namespace Gameplan.Cli.Plans;

/// <summary>
/// <c>gameplan plans list</c>: the plans of an organisation, from a server (<c>--server</c>, as the
/// token's account may read them) or straight from the database (every plan of the organisation).
/// </summary>
public static class PlansListCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "text: one line per plan (id, status, period, name); json: the array the API returns.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var organization = new Option<string?>("--organization")
        {
            Description = "Without --server: the organisation whose plans to list, when the database holds several.",
            HelpName = "name",
        };
        var command = new Command("list", "List the plans, from --server or else from the database.") { format, organization };
        command.SetCliAction(cli, (parse, ct) => RunAsync(cli, parse, parse.GetValue(format) == "json", parse.GetValue(organization), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parse, bool json, string? organization, CancellationToken ct)
    {
        if (cli.Server.Choose(parse, cli.Database) is { } server)
        {
            if (organization is not null)
            {
                throw new UsageException("--organization is for reading the database; a server lists the plans of your token's organisation.");
            }
            var client = new ServerClient(cli, server);
            var body = await client.GetJsonAsync("api/v1/plans", ct);
            var plans = client.Read<List<PlanSummary>>(body, "a list of plans");
            // "As returned": scripts see exactly what the API sent, not a re-serialisation.
            Print(cli, plans, json ? body.Trim() : null);
            return ExitCodes.Success;
        }
        await using var db = await cli.Database.OpenExistingAsync(parse, ct);
        await OrganizationChoice.ScopeAsync(db, organization, ct);
        var list = await new PlanQueries(db).ListAsync(ct);
        Print(cli, list, json ? JsonSerializer.Serialize(list, ApiJson.Options) : null);
        return ExitCodes.Success;
    }

    private static void Print(CliContext cli, IReadOnlyList<PlanSummary> plans, string? json)
    {
        if (json is not null)
        {
            // Written as is: JSON is not Spectre markup and must not be escaped.
            cli.Output.WriteLine(json);
            return;
        }
        if (plans.Count == 0)
        {
            cli.WriteLine($"No plans.");
            return;
        }
        var idWidth = plans.Max(p => p.Id.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var plan in plans)
        {
            cli.WriteLine($"{Line(plan, idWidth)}");
        }
    }

    /// <summary>"12  in_review  2027-01-01..2027-12-31  FY2027 Sales Plan": the period's both days inclusive.</summary>
    public static string Line(PlanSummary plan, int idWidth = 0) => string.Create(CultureInfo.InvariantCulture,
        $"{plan.Id.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth)}  {ApiJson.Name(plan.Status),-9}  {plan.PeriodStart:yyyy-MM-dd}..{plan.PeriodEnd:yyyy-MM-dd}  {plan.Name}");
}
