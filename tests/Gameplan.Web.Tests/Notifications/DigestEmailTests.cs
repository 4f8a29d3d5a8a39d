using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Core.Notifications;
using Gameplan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Notifications;

/// <summary>The demo's digests delivered to a real SMTP server (npm smtp-server under node) and read back with mailparser.</summary>
public sealed class DigestEmailTests
{
    private static async Task ConfigureAsync(HttpClient admin, int port)
    {
        using var saved = await admin.PutAsJsonAsync("/api/v1/organization/email", new
        {
            host = "127.0.0.1",
            port,
            tls = "none",
            user_name = (string?)null,
            password = "relay-secret",
            from_address = "gameplan@northwind.example",
            base_url = "https://gameplan.northwind.example",
            digest_day = "monday",
        });
        saved.EnsureSuccessStatusCode();
        var body = await saved.Content.ReadAsStringAsync();
        Assert.DoesNotContain("relay-secret", body, StringComparison.Ordinal);
        Assert.Contains("\"has_password\":true", body, StringComparison.Ordinal);
    }

    private static async Task<DigestRunResult> RunAsync(GameplanWebFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRun>().RunAsync("http://unused.example");
    }

    [NodeFact]
    public async Task The_digest_arrives_with_text_and_html_links_and_an_unsubscribe_link_that_works_without_signing_in()
    {
        await using var smtp = await NodeSmtpServer.StartAsync();
        using var factory = new GameplanWebFactory();
        var admin = factory.CreateClient();
        await ConfigureAsync(admin, smtp.Port);

        var first = await RunAsync(factory);
        var messages = Enumerable.Range(0, first.Sent).Select(_ => smtp.Next() ?? throw new InvalidOperationException("a digest did not arrive")).ToList();

        Assert.True(first.Sent > 0, "the demo's people have inbox items, so digests go out");
        Assert.Equal(0, first.Failed);
        var omar = Assert.Single(messages, m => m.GetProperty("to")[0].GetString()!.StartsWith("omar", StringComparison.Ordinal));
        Assert.Equal("gameplan@northwind.example", omar.GetProperty("from").GetString());
        var text = omar.GetProperty("text").GetString()!;
        var html = omar.GetProperty("html").GetString()!;
        Assert.Contains("Approve or return", text, StringComparison.Ordinal);
        Assert.Contains("https://gameplan.northwind.example/plans/", text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://gameplan.northwind.example/plans/", html, StringComparison.Ordinal);
        var unsubscribe = omar.GetProperty("unsubscribe").GetString()!;
        Assert.Contains(unsubscribe, text, StringComparison.Ordinal);

        var second = await RunAsync(factory);
        Assert.Equal(0, second.Sent);
        Assert.Null(smtp.Next(seconds: 1));

        var anonymous = factory.CreateAnonymousClient();
        var page = await anonymous.GetAsync(new Uri(unsubscribe).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Omar", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var settings = await factory.CreateClientAs("omar").GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");
        Assert.Equal("off", settings.GetProperty("frequency").GetString());

        var tampered = await anonymous.GetAsync(new Uri(unsubscribe).PathAndQuery[..^3] + "abc");
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("does not work", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/notifications/unsubscribe?token=%00%ff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/notifications/unsubscribe")).StatusCode);
    }

    [NodeFact]
    public async Task An_admin_sends_a_test_e_mail_and_a_rep_may_not_touch_the_settings()
    {
        await using var smtp = await NodeSmtpServer.StartAsync();
        using var factory = new GameplanWebFactory();
        var admin = factory.CreateClient();
        await ConfigureAsync(admin, smtp.Port);

        using var sent = await admin.PostAsJsonAsync("/api/v1/organization/email/test", new { to = "alex@northwind.example" });

        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        var message = smtp.Next() ?? throw new InvalidOperationException("the test e-mail did not arrive");
        Assert.Equal("Gameplan: test e-mail", message.GetProperty("subject").GetString());
        var read = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organization/email");
        Assert.False(read.TryGetProperty("password", out _));
        Assert.True(read.GetProperty("has_password").GetBoolean());
        var lena = factory.CreateClientAs("lena");
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetAsync("/api/v1/organization/email")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.PostAsJsonAsync("/api/v1/organization/email/test", new { to = "lena@northwind.example" })).StatusCode);
    }

    [Fact]
    public async Task A_person_chooses_how_often_the_digest_comes_and_a_bad_choice_names_the_field()
    {
        using var factory = new GameplanWebFactory();
        var lena = factory.CreateClientAs("lena");

        var before = await lena.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");
        using var weekly = await lena.PutAsJsonAsync("/api/v1/me/notifications", new { frequency = "weekly" });
        using var wrong = await lena.PutAsJsonAsync("/api/v1/me/notifications", new { frequency = "hourly" });

        Assert.Equal("daily", before.GetProperty("frequency").GetString());
        Assert.False(before.GetProperty("chosen").GetBoolean());
        Assert.Equal("weekly", (await weekly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("frequency").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("frequency", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
