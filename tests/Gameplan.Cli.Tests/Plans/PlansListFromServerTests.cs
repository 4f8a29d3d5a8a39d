using System.Net;
using Gameplan.Cli.Server;
using Gameplan.Cli.Tests.Server;

namespace Gameplan.Cli.Tests.Plans;

public sealed class PlansListFromServerTests
{
    private const string Token = "gp_test-token-secret";

    // As Gameplan's API sends it: snake_case names and enum values.
    private const string TwoPlans = """
        [{"id":7,"name":"FY2027 Sales Plan","scope":"organization","team":null,"owner":"rosa","period_start":"2027-01-01","period_end":"2027-12-31","status":"active","goals":3,"strategies":4,"tactics":11,"updated_at":"2027-03-01T10:00:00+00:00"},
         {"id":12,"name":"Q2 [Enterprise] push","scope":"team","team":"Enterprise","owner":"grace","period_start":"2027-04-01","period_end":"2027-06-30","status":"in_review","goals":1,"strategies":1,"tactics":2,"updated_at":"2027-03-10T10:00:00+00:00"}]
        """;

    [Fact]
    public async Task Server_listing_sends_the_bearer_token_and_prints_one_line_per_plan()
    {
        var server = FakeServer.Answering(Token, TwoPlans);

        var result = await Cli.RunAsync(new CliSetup { Server = server }, "plans", "list", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        var (url, authorization) = Assert.Single(server.Requests);
        Assert.Equal(new Uri("https://gameplan.example.com/api/v1/plans"), url);
        Assert.Equal($"Bearer {Token}", authorization);
        Assert.Equal(
            [" 7  active     2027-01-01..2027-12-31  FY2027 Sales Plan", "12  in_review  2027-04-01..2027-06-30  Q2 [Enterprise] push"],
            result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Server_listing_as_json_prints_the_array_exactly_as_returned()
    {
        var result = await Cli.RunAsync(new CliSetup { Server = FakeServer.Answering(Token, TwoPlans) },
            "plans", "list", "--format", "json", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(TwoPlans.Trim(), result.Output.Trim());
    }

    [Fact]
    public async Task A_refused_token_exits_with_1_and_says_why_without_printing_the_token()
    {
        var server = FakeServer.Answering("gp_the-token-the-server-knows", TwoPlans);

        var result = await Cli.RunAsync(new CliSetup { Server = server }, "plans", "list", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: the token was refused (unknown, expired or revoked)", line);
        Assert.Contains("https://gameplan.example.com/account/profile", line);
        Assert.DoesNotContain(Token, result.Error + result.Output);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_forbidden_answer_exits_with_1_with_the_servers_reason()
    {
        var server = new FakeServer(Token, HttpStatusCode.Forbidden, """{"title":"Forbidden","detail":"Deactivated people may not read plans."}""");

        var result = await Cli.RunAsync(new CliSetup { Server = server }, "plans", "list", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("error: the server https://gameplan.example.com/ refused access (403 Forbidden): Deactivated people may not read plans.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_exits_with_1_in_one_readable_line()
    {
        var result = await Cli.RunAsync(new CliSetup { Server = new Unreachable() }, "plans", "list", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("error: could not reach the server https://gameplan.example.com/: Connection refused (gameplan.example.com:443)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_answer_that_is_not_a_plan_list_exits_with_1()
    {
        var server = FakeServer.Answering(Token, "<html>a login page</html>");

        var result = await Cli.RunAsync(new CliSetup { Server = server }, "plans", "list", "--server", "https://gameplan.example.com", "--token", Token);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("error: the server https://gameplan.example.com/ did not answer with a list of plans", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task GAMEPLAN_SERVER_and_GAMEPLAN_TOKEN_stand_in_for_the_options()
    {
        var server = FakeServer.Answering(Token, TwoPlans);
        var environment = new Dictionary<string, string> { [ServerOptions.ServerVariable] = "http://intranet:8080/gameplan", [ServerOptions.TokenVariable] = Token };

        var result = await Cli.RunAsync(new CliSetup { Server = server, Environment = environment }, "plans", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var (url, authorization) = Assert.Single(server.Requests);
        Assert.Equal(new Uri("http://intranet:8080/gameplan/api/v1/plans"), url);
        Assert.Equal($"Bearer {Token}", authorization);
        Assert.Equal(2, result.OutputLines.Length);
    }

    [Fact]
    public async Task The_options_win_over_GAMEPLAN_SERVER_and_GAMEPLAN_TOKEN()
    {
        var server = FakeServer.Answering(Token, TwoPlans);
        var environment = new Dictionary<string, string> { [ServerOptions.ServerVariable] = "https://old.example.com", [ServerOptions.TokenVariable] = "gp_old" };

        var result = await Cli.RunAsync(new CliSetup { Server = server, Environment = environment },
            "--server", "https://gameplan.example.com", "--token", Token, "plans", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var (url, authorization) = Assert.Single(server.Requests);
        Assert.Equal("gameplan.example.com", url.Host);
        Assert.Equal($"Bearer {Token}", authorization);
    }

    [Fact]
    public async Task A_server_without_a_token_is_a_usage_error_that_sends_nothing()
    {
        var server = FakeServer.Answering(Token, TwoPlans);

        var result = await Cli.RunAsync(new CliSetup { Server = server }, "plans", "list", "--server", "https://gameplan.example.com");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(ServerOptions.TokenVariable, result.Error);
        Assert.Contains("https://gameplan.example.com/account/profile", result.Error);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("gameplan.example.com")]
    [InlineData("ftp://gameplan.example.com")]
    public async Task A_server_that_is_not_an_http_address_is_a_usage_error(string address)
    {
        var result = await Cli.RunAsync("plans", "list", "--server", address, "--token", Token);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("is not an http:// or https:// address", result.Error);
    }

    [Fact]
    public async Task An_explicit_db_option_wins_over_GAMEPLAN_SERVER()
    {
        using var database = new TempDatabase();
        await Cli.RunAsync("seed", "--demo", "--db", database.Path);
        var server = FakeServer.Answering(Token, TwoPlans);
        var environment = new Dictionary<string, string> { [ServerOptions.ServerVariable] = "https://gameplan.example.com", [ServerOptions.TokenVariable] = Token };

        var result = await Cli.RunAsync(new CliSetup { Server = server, Environment = environment }, "plans", "list", "--db", database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(server.Requests);
        Assert.Contains(result.OutputLines, l => l.EndsWith("FY2028 Sales Plan", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("[Enterprise] push", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_and_db_options_together_are_a_usage_error()
    {
        var result = await Cli.RunAsync("plans", "list", "--server", "https://gameplan.example.com", "--token", Token, "--db", "x.db");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("choose either --server or --db", result.Error);
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Connection refused ({request.RequestUri!.Host}:{request.RequestUri.Port})");
    }
}
