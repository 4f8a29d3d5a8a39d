using System.Net;
using System.Text.Json;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gameplan.Web.Tests.OpenApi;

/// <summary>
/// A client generated from the OpenAPI document by tools that did not write it (openapi-typescript and
/// openapi-fetch from npm) type-checks a small program under <c>tsc --strict</c>, with no casts, and the
/// program then lists plans, reads one with its pace and creates a goal against the running app.
/// </summary>
public sealed class TypedClientTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Source = Path.Combine(NodeTools.RepositoryRoot(), "tests", "Gameplan.Web.Tests", "OpenApi", "TypedClient");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-typed-client", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    [NodeFact]
    public void The_program_uses_no_casts_or_any()
    {
        var program = File.ReadAllText(Path.Combine(Source, "program.mts"));
        var code = string.Join('\n', program.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        Assert.DoesNotMatch(@"\bas\s+(?!const\b)[A-Za-z{\[]", code);
        Assert.DoesNotMatch(@"\bany\b", code);
        Assert.DoesNotContain("@ts-", code, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task A_client_generated_from_the_document_type_checks_without_casts_and_works_against_the_app()
    {
        using var factory = new GameplanWebFactory();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Directory.CreateDirectory(_folder);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "node_modules"), Path.Combine(NodeTools.RepositoryRoot(), "node_modules"));
        File.Copy(Path.Combine(Source, "program.mts"), Path.Combine(_folder, "program.mts"));
        File.Copy(Path.Combine(Source, "tsconfig.json"), Path.Combine(_folder, "tsconfig.json"));
        using (var http = new HttpClient())
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, "openapi.json"), await http.GetStringAsync(new Uri(new Uri(address), "/openapi/v1.json")));
        }

        var generated = await NodeTools.RunAsync([NodeTools.Package("openapi-typescript/bin/cli.js"), "openapi.json", "--output", "api.d.ts"], _folder);
        Assert.True(generated.ExitCode == 0, "openapi-typescript: " + generated.Output);
        var compiled = await NodeTools.RunAsync([NodeTools.Package("typescript/bin/tsc"), "--project", "tsconfig.json"], _folder);
        Assert.True(compiled.ExitCode == 0, "tsc --strict refused the program:\n" + compiled.Output);
        var run = await NodeTools.RunAsync([Path.Combine("out", "program.mjs")], _folder, new Dictionary<string, string>
        {
            ["GAMEPLAN_URL"] = address,
            ["GAMEPLAN_TOKEN"] = factory.TokenFor("alex"),
        });
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, "the program failed:\n" + run.Output);
        var answer = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(answer.GetProperty("plans").GetInt32() > 1);
        Assert.Equal(201, answer.GetProperty("status").GetInt32());
        Assert.Equal(12, answer.GetProperty("target").GetDecimal());
        var goal = await factory.CreateClient().GetOkAsync($"/api/v1/plans/{DemoPlanIdOf(answer, factory)}/goals/{answer.GetProperty("goal").GetInt32()}");
        Assert.Equal("Win 12 new clinic groups by year end", goal.GetProperty("title").GetString());
    }

    private static int DemoPlanIdOf(JsonElement answer, GameplanWebFactory factory)
    {
        using var db = factory.OpenDatabase();
        db.UseAllOrganizations();
        return db.Plans.Single(p => p.Name == answer.GetProperty("plan").GetString()).Id;
    }
}
