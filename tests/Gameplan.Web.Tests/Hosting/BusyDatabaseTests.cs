using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Hosting;

/// <summary>
/// Another connection holds SQLite's one write lock (as a long import does): reads carry on, and a
/// write that waits past the busy timeout is told to try again (503 + Retry-After), never a 500.
/// </summary>
public sealed class BusyDatabaseTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_bearer_read_succeeds_while_the_write_lock_is_held_and_its_use_is_recorded_afterwards()
    {
        var secret = _factory.TokenFor("rosa", canWrite: false);
        var client = _factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        await using (var writer = await HoldWriteLockAsync())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
            Assert.Null(await LastUsedAsync("test rosa"));
        }

        Assert.True(await _factory.Services.GetRequiredService<TokenUseWriter>().FlushAsync());
        Assert.NotNull(await LastUsedAsync("test rosa"));
    }

    [Fact]
    public async Task A_write_that_waits_past_the_busy_timeout_is_answered_503_with_retry_after_and_succeeds_later()
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);

        HttpResponseMessage busy;
        await using (var writer = await HoldWriteLockAsync())
        {
            busy = await client.PostAsJsonAsync($"{demo.Url}/goals", new { title = "Added while an import runs" });
        }

        var problem = await busy.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("5", busy.Headers.GetValues("Retry-After").Single());
        Assert.Equal("The database is busy.", problem.Text("title"));
        await client.CreateAsync($"{demo.Url}/goals", new { title = "Added while an import runs" });
    }

    [Fact]
    public async Task A_form_saved_while_the_database_is_busy_is_shown_again_with_its_input_and_a_message()
    {
        var browser = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(browser);
        var form = $"/plans/{demo.Id}/goals/new";
        var token = PageForms.TokenIn(await browser.GetPageAsync(form));

        HttpResponseMessage response;
        await using (var writer = await HoldWriteLockAsync())
        {
            response = await browser.PostAsync(form, new FormUrlEncodedContent(
                [new("Input.Title", "Reach 12 dental groups"), new("Input.Target", "12"), new("__RequestVerificationToken", token)]));
        }

        var html = await response.ExpectFormAgainAsync();
        Assert.Contains("The database is busy", html);
        Assert.Contains("value=\"Reach 12 dental groups\"", html);
    }

    /// <summary>A second connection inside BEGIN IMMEDIATE: the write lock, until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<DateTimeOffset?> LastUsedAsync(string name)
    {
        using var db = _factory.OpenDatabase();
        return (await db.ApiTokens.IgnoreQueryFilters().SingleAsync(t => t.Name == name)).LastUsedAt;
    }
}
