using Gameplan.Core.Activities.Import;
using Gameplan.Web.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Activities;

/// <summary>An uploaded file (in the database) lives only as long as it is needed, and one person cannot fill the database with uploads left waiting.</summary>
public sealed class ImportUploadCleanupTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string Day(int daysAgo) => ActiveTodayPlan.Iso(ActiveTodayPlan.Today.AddDays(-daysAgo));

    private static string File(string prefix) => $"""
        date,person,metric,quantity,external_id
        {Day(1)},lena,prospecting_minutes,30,{prefix}-1
        {Day(2)},lena,prospecting_minutes,20,{prefix}-2
        """;

    [Fact]
    public async Task The_file_is_deleted_as_soon_as_the_import_ends()
    {
        var alex = _factory.PagesAs("alex");
        var url = (await alex.UploadAsync(File("up"))).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        var waiting = await ChunksAsync(url);

        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Equal(1, waiting);
        Assert.Equal(0, await ChunksAsync(url));
        Assert.Equal(2, await StoredAsync("up-"));
    }

    [Fact]
    public async Task The_file_is_deleted_when_it_cannot_be_read()
    {
        var alex = _factory.PagesAs("alex");

        var url = (await alex.UploadAsync("when,who\n2027-01-04,lena\n")).ExpectRedirect();
        await alex.WaitForAsync(url, "flash-error");

        Assert.Equal(ActivityImportStage.Failed, (await JobAsync(url)).Stage);
        Assert.Equal(0, await ChunksAsync(url));
    }

    [Fact]
    public async Task Cancelling_a_checked_upload_deletes_its_file_and_it_can_no_longer_be_imported()
    {
        var alex = _factory.PagesAs("alex");
        var url = (await alex.UploadAsync(File("up"))).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");

        (await alex.SubmitAsync(url, [], handler: "Cancel")).ExpectRedirect();
        var cancelled = await alex.WaitForAsync(url, "<h2>Cancelled</h2>");
        // A stale tab still showing the import button: the post is refused, nothing is stored.
        var token = PageForms.TokenIn(await alex.GetPageAsync("/activities/import"));
        (await alex.PostAsync(url, new FormUrlEncodedContent([new("skipInvalid", "false"), new("__RequestVerificationToken", token)]))).ExpectRedirect();

        Assert.Contains("Cancel and delete the file", preview);
        Assert.Contains("You cancelled this upload: nothing was imported and the file is deleted.", cancelled);
        Assert.DoesNotContain("Cancel and delete the file", cancelled);
        Assert.Equal(0, await ChunksAsync(url));
        Assert.Equal(ActivityImportStage.Cancelled, (await JobAsync(url)).Stage);
        Assert.Equal(0, await StoredAsync("up-"));
    }

    [Fact]
    public async Task A_preview_left_waiting_longer_than_the_setting_is_cancelled_and_its_file_deleted()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting(ActivityImportJobs.AbandonSetting, "30"));
        var alex = Client(app, "alex");
        var url = (await alex.UploadAsync(File("up"))).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        var jobs = app.Services.GetRequiredService<ActivityImportJobs>();
        var previewed = (await JobAsync(url)).PreviewedAt!.Value;

        await PreviewedAtAsync(url, previewed.AddMinutes(-29));
        await jobs.SweepAsync(CancellationToken.None);
        var keptBefore = await ChunksAsync(url);
        await PreviewedAtAsync(url, previewed.AddMinutes(-31));
        await jobs.SweepAsync(CancellationToken.None);
        var page = await alex.GetPageAsync(url);

        Assert.Equal(1, keptBefore);
        Assert.Equal(0, await ChunksAsync(url));
        Assert.Contains("This upload waited more than 30 minutes without being imported", System.Net.WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task A_person_cannot_leave_more_than_the_configured_bytes_waiting_and_the_message_is_beside_the_file_input()
    {
        var size = System.Text.Encoding.UTF8.GetByteCount(File("a"));
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting(ActivityImportJobs.MaxPendingSetting, (size * 3 / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var alex = Client(app, "alex");
        var first = (await alex.UploadAsync(File("a"))).ExpectRedirect();
        await alex.WaitForAsync(first, "<h2>Preview</h2>");

        var refused = await (await alex.UploadAsync(File("b"))).ExpectFormAgainAsync();
        var otherPerson = await Client(app, "omar").UploadAsync(File("c"));
        (await alex.SubmitAsync(first, [], handler: "Cancel")).ExpectRedirect();
        var afterCancel = await alex.UploadAsync(File("d"));

        Assert.Contains("You have 1 upload waiting", PageForms.MessageBeside(refused, "file"));
        Assert.Contains("Import or cancel a waiting upload first", PageForms.MessageBeside(refused, "file"));
        Assert.Contains("href=\"" + first + "\"", refused); // the waiting upload is listed, to open or cancel
        otherPerson.ExpectRedirect();
        afterCancel.ExpectRedirect();
    }

    private HttpClient Client(WebApplicationFactory<Program> app, string handle)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", _factory.TokenFor(handle));
        return client;
    }

    private async Task<ActivityImportJob> JobAsync(string url)
    {
        var id = url.Split('/')[^1];
        using var db = _factory.OpenDatabase();
        return await db.ActivityImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private async Task<int> ChunksAsync(string url)
    {
        var id = url.Split('/')[^1];
        using var db = _factory.OpenDatabase();
        return await db.Set<ActivityImportFileChunk>().CountAsync(c => c.JobId == id);
    }

    private async Task PreviewedAtAsync(string url, DateTimeOffset at)
    {
        var id = url.Split('/')[^1];
        using var db = _factory.OpenDatabase();
        await db.ActivityImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.PreviewedAt, at));
    }

    private async Task<int> StoredAsync(string prefix)
    {
        using var db = _factory.OpenDatabase();
        return await db.Activities.CountAsync(a => a.ExternalId!.StartsWith(prefix));
    }
}
