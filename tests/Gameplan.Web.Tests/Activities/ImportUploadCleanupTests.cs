using Gameplan.Web.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Activities;

/// <summary>An uploaded file lives only as long as it is needed, and one person cannot fill the disk with uploads left waiting.</summary>
public sealed class ImportUploadCleanupTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gameplan-upload-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _factory.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

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
        var path = Job(_factory, url).Path;
        var waiting = System.IO.File.Exists(path);

        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.True(waiting);
        Assert.False(System.IO.File.Exists(path));
        Assert.Equal(2, await StoredAsync("up-"));
    }

    [Fact]
    public async Task The_file_is_deleted_when_it_cannot_be_read()
    {
        var alex = _factory.PagesAs("alex");

        var url = (await alex.UploadAsync("when,who\n2027-01-04,lena\n")).ExpectRedirect();
        await alex.WaitForAsync(url, "flash-error");

        Assert.Equal(ActivityImportStage.Failed, Job(_factory, url).Stage);
        Assert.False(System.IO.File.Exists(Job(_factory, url).Path));
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
        Assert.False(System.IO.File.Exists(Job(_factory, url).Path));
        Assert.Equal(ActivityImportStage.Cancelled, Job(_factory, url).Stage);
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
        var job = jobs.Peek(url.Split('/')[^1])!;

        jobs.Sweep(job.PreviewedAt!.Value.AddMinutes(29));
        var keptBefore = System.IO.File.Exists(job.Path);
        jobs.Sweep(job.PreviewedAt!.Value.AddMinutes(31));
        var page = await alex.GetPageAsync(url);

        Assert.True(keptBefore);
        Assert.False(System.IO.File.Exists(job.Path));
        Assert.Contains("This upload waited more than 30 minutes without being imported", System.Net.WebUtility.HtmlDecode(page));
    }

    [Fact]
    public void Start_up_deletes_the_uploads_of_an_instance_that_crashed_and_keeps_those_of_one_still_running()
    {
        var crashed = Leftover("crashed");
        var running = Leftover("running");
        using (new FileStream(Path.Combine(running, ".lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            using var app = _factory.WithWebHostBuilder(b => b.UseSetting(ImportUploadFolder.Setting, _folder));
            var own = app.Services.GetRequiredService<ImportUploadFolder>().Path;

            Assert.False(Directory.Exists(crashed));
            Assert.True(System.IO.File.Exists(Path.Combine(running, "upload.csv")));
            Assert.True(Directory.Exists(own));
            Assert.Equal(_folder, Path.GetDirectoryName(own));
        }
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

    /// <summary>An instance folder as a crashed or running app leaves it: a lock file and one upload.</summary>
    private string Leftover(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        System.IO.File.WriteAllText(Path.Combine(folder, ".lock"), "");
        System.IO.File.WriteAllText(Path.Combine(folder, "upload.csv"), "date,person,metric,quantity\n");
        return folder;
    }

    private HttpClient Client(WebApplicationFactory<Program> app, string handle)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", _factory.TokenFor(handle));
        return client;
    }

    private static ActivityImportJob Job(WebApplicationFactory<Program> app, string url) =>
        app.Services.GetRequiredService<ActivityImportJobs>().Peek(url.Split('/')[^1])!;

    private async Task<int> StoredAsync(string prefix)
    {
        using var db = _factory.OpenDatabase();
        return await db.Activities.CountAsync(a => a.ExternalId!.StartsWith(prefix));
    }
}
