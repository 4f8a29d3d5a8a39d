using Gameplan.Core.Activities.Import;
using Gameplan.Web.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Activities;

/// <summary>
/// Upload jobs live in the database: two app hosts on one database (as two instances behind a proxy)
/// each show and move on the other's uploads, and a job whose instance stopped is taken over, never left running.
/// </summary>
public sealed class ImportJobsAcrossInstancesTests : IDisposable
{
    private readonly GameplanWebFactory _one = new();
    private readonly GameplanWebFactory _two;

    public ImportJobsAcrossInstancesTests() => _two = new GameplanWebFactory(databasePath: _one.DatabasePath);

    public void Dispose()
    {
        _two.Dispose();
        _one.Dispose();
    }

    private static string Day(int daysAgo) => ActiveTodayPlan.Iso(ActiveTodayPlan.Today.AddDays(-daysAgo));

    private static string File(string prefix) => $"""
        date,person,metric,quantity,external_id
        {Day(1)},lena,prospecting_minutes,30,{prefix}-1
        {Day(2)},lena,prospecting_minutes,20,{prefix}-2
        """;

    [Fact]
    public async Task An_upload_taken_by_one_instance_is_previewed_imported_and_reported_by_the_other()
    {
        var onOne = _one.PagesAs("alex");
        var onTwo = _two.PagesAs("alex");

        var url = (await onOne.UploadAsync(File("x"))).ExpectRedirect();
        var preview = await onTwo.WaitForAsync(url, "<h2>Preview</h2>");
        var listed = await onTwo.GetPageAsync("/activities/import");
        (await onTwo.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var summary = await onOne.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Contains("<td>x-1</td>", preview);
        Assert.Contains("href=\"" + url + "\"", listed);
        Assert.Contains("id=\"summary-imported\">2<", summary);
        Assert.Equal(2, await StoredAsync("x-"));
        Assert.NotEqual(_one.Services.GetRequiredService<ActivityImportJobs>().Holder, _two.Services.GetRequiredService<ActivityImportJobs>().Holder);
    }

    [Fact]
    public async Task An_import_whose_instance_stopped_is_taken_over_and_finished_by_another()
    {
        var alex = _one.PagesAs("alex");
        var url = (await alex.UploadAsync(File("y"))).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        // An instance claimed the import and died: its heartbeat stopped an hour ago.
        await ClaimedByTheDeadAsync(url, ActivityImportStage.Importing, takeovers: 0);

        await _two.Services.GetRequiredService<ActivityImportJobs>().SweepAsync(CancellationToken.None);
        var summary = await alex.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Contains("id=\"summary-imported\">2<", summary);
        Assert.Equal(2, await StoredAsync("y-"));
        var job = await JobAsync(url);
        Assert.Equal(1, job.Takeovers);
        Assert.Equal(0, await ChunksAsync(url));
    }

    [Fact]
    public async Task A_job_whose_instances_keep_stopping_fails_with_a_reason_instead_of_running_forever()
    {
        var alex = _one.PagesAs("alex");
        var url = (await alex.UploadAsync(File("z"))).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        await ClaimedByTheDeadAsync(url, ActivityImportStage.Importing, takeovers: ActivityImportJobs.MaxTakeovers);

        await _two.Services.GetRequiredService<ActivityImportJobs>().SweepAsync(CancellationToken.None);
        var page = System.Net.WebUtility.HtmlDecode(await alex.WaitForAsync(url, "flash-error"));

        Assert.Contains("The servers importing this file stopped 3 times before it was done", page);
        Assert.Equal(ActivityImportStage.Failed, (await JobAsync(url)).Stage);
        Assert.Equal(0, await ChunksAsync(url));
        Assert.Equal(0, await StoredAsync("z-"));
    }

    [Fact]
    public async Task An_upload_cut_off_by_its_instance_stopping_fails_and_says_to_upload_again()
    {
        var alex = _one.PagesAs("alex");
        var url = (await alex.UploadAsync(File("w"))).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        await ClaimedByTheDeadAsync(url, ActivityImportStage.Uploading, takeovers: 0);

        await _two.Services.GetRequiredService<ActivityImportJobs>().SweepAsync(CancellationToken.None);
        var page = System.Net.WebUtility.HtmlDecode(await alex.GetPageAsync(url));

        Assert.Contains("The upload was cut off before the whole file was stored", page);
        Assert.Equal(0, await ChunksAsync(url));
    }

    /// <summary>Puts the job in <paramref name="stage"/>, held by an instance that stopped beating an hour ago.</summary>
    private async Task ClaimedByTheDeadAsync(string url, ActivityImportStage stage, int takeovers)
    {
        var id = url.Split('/')[^1];
        var stopped = DateTimeOffset.UtcNow.AddHours(-1);
        using var db = _one.OpenDatabase();
        await db.ActivityImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Stage, stage)
            .SetProperty(j => j.Holder, "a-crashed-instance")
            .SetProperty(j => j.HeartbeatAt, stopped)
            .SetProperty(j => j.Takeovers, takeovers));
    }

    private async Task<ActivityImportJob> JobAsync(string url)
    {
        var id = url.Split('/')[^1];
        using var db = _one.OpenDatabase();
        return await db.ActivityImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private async Task<int> ChunksAsync(string url)
    {
        var id = url.Split('/')[^1];
        using var db = _one.OpenDatabase();
        return await db.Set<ActivityImportFileChunk>().CountAsync(c => c.JobId == id);
    }

    private async Task<int> StoredAsync(string prefix)
    {
        using var db = _one.OpenDatabase();
        return await db.Activities.CountAsync(a => a.ExternalId!.StartsWith(prefix));
    }
}
