using System.Net;
using Gameplan.Core.Activities.Import;
using Gameplan.Web.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Activities;

public sealed class ImportActivitiesPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string Day(int daysAgo) => ActiveTodayPlan.Iso(ActiveTodayPlan.Today.AddDays(-daysAgo));

    private static string GenericFile => $"""
        date,person,metric,quantity,external_id
        {Day(1)},lena,prospecting_minutes,30,up-1
        {Day(1)},nobody,prospecting_minutes,30,up-2
        {Day(2)},mateo,prospecting_minutes,lots,up-3
        """;

    [Fact]
    public async Task An_admin_sees_the_preview_and_every_problem_then_imports_the_valid_rows()
    {
        var alex = _factory.PagesAs("alex");

        var url = (await alex.UploadAsync(GenericFile)).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");
        Assert.DoesNotContain("up-1", await StoredIdsAsync());
        (await alex.ImportAsync(url, skipInvalid: true)).ExpectRedirect();
        var summary = await alex.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Contains("<td>lena</td><td>prospecting_minutes</td><td>30</td><td>up-1</td>", preview);
        Assert.Contains("<td>3</td><td>person</td>", preview);
        Assert.Contains("<td>4</td><td>quantity</td>", preview);
        Assert.Contains("id=\"summary-imported\">1<", summary);
        Assert.Contains("id=\"summary-invalid\">2<", summary);
        Assert.Equal(["up-1"], await StoredIdsAsync());
    }

    [Fact]
    public async Task Once_the_file_is_read_the_status_says_the_rows_are_being_stored()
    {
        var alex = _factory.PagesAs("alex");
        var url = (await alex.UploadAsync(GenericFile)).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        // Claimed by another instance (none runs it here), which writes each kind of report into the database.
        using var db = _factory.OpenDatabase();
        var id = url.Split('/')[^1];
        var job = await db.ActivityImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        var other = new ActivityImportJobCommands(db, TimeProvider.System);
        Assert.True(await other.StartImportAsync(job.Id, job.UserId, "another-instance", skipInvalid: false));

        Assert.True(await other.BeatAsync(job.Id, "another-instance", new(job.Size / 4, job.Size, 2_500)));
        var reading = await alex.GetPageAsync(url + "?handler=Status");
        Assert.True(await other.BeatAsync(job.Id, "another-instance", new(job.Size, job.Size, 10_000) { Storing = true }));
        var storing = await alex.GetPageAsync(url + "?handler=Status");

        Assert.Contains("2,500 rows read", reading);
        Assert.Contains("value=\"25\"", reading);
        Assert.Contains("all 10,000 rows read; storing them", storing);
        Assert.Contains("<progress id=\"import-progress\"></progress>", storing); // no percentage: the database is finishing
    }

    [Fact]
    public async Task All_or_nothing_stores_nothing_when_a_row_is_invalid()
    {
        var alex = _factory.PagesAs("alex");

        var url = (await alex.UploadAsync(GenericFile)).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");
        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var summary = await alex.WaitForAsync(url, "<h2>Nothing imported</h2>");

        Assert.Contains("Nothing was imported", summary);
        Assert.Empty(await StoredIdsAsync());
    }

    [Fact]
    public async Task A_crm_export_is_read_through_an_uploaded_mapping_and_a_broken_mapping_names_its_field()
    {
        var alex = _factory.PagesAs("alex");
        var csv = $"""
            Activity ID,Activity Date,Owner,Type,Duration (min)
            crm-1,{ActiveTodayPlan.Today.AddDays(-1):MM/dd/yyyy},Lena Fischer,Prospecting,45
            crm-2,{ActiveTodayPlan.Today.AddDays(-1):MM/dd/yyyy},Lena Fischer,Email,3
            """;

        var url = (await alex.UploadAsync(csv, ImportUploads.CrmMapping)).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");
        var broken = await (await alex.UploadAsync(csv, """{ "date": { "colum": "Activity Date" } }""")).ExpectFormAgainAsync();

        Assert.Contains("<td>lena</td><td>prospecting_minutes</td><td>45</td><td>crm-1</td>", preview);
        Assert.Contains("1 ignored by the mapping", preview);
        Assert.Contains("not valid", PageForms.MessageBeside(broken, "mappingFile"));
    }

    [Fact]
    public async Task A_file_above_the_configured_limit_is_refused_beside_the_file_input()
    {
        using var small = _factory.WithWebHostBuilder(b => b.UseSetting(UploadLimitAttribute.Setting, "1"));
        var alex = small.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        alex.DefaultRequestHeaders.Authorization = new("Bearer", _factory.TokenFor("alex"));
        var big = "date,person,metric,quantity\n" + string.Concat(Enumerable.Repeat($"{Day(1)},lena,prospecting_minutes,1\n", 40_000));

        var html = await (await alex.UploadAsync(big)).ExpectFormAgainAsync();

        Assert.Contains("files of at most 1 MB", PageForms.MessageBeside(html, "file"));
    }

    [Fact]
    public async Task A_manager_imports_for_the_team_they_lead_and_a_row_for_another_team_is_a_problem_in_its_person_column()
    {
        var omar = _factory.PagesAs("omar");
        var csv = $"""
            date,person,metric,quantity,external_id
            {Day(1)},lena,prospecting_minutes,30,up-1
            {Day(1)},ravi,prospecting_minutes,30,up-2
            """;

        var url = (await omar.UploadAsync(csv)).ExpectRedirect();
        var preview = await omar.WaitForAsync(url, "<h2>Preview</h2>");
        (await omar.ImportAsync(url, skipInvalid: true)).ExpectRedirect();
        await omar.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Contains("<td>lena</td><td>prospecting_minutes</td><td>30</td><td>up-1</td>", preview);
        Assert.Contains("<td>3</td><td>person</td><td>you may not log activities for 'ravi'", preview);
        Assert.Equal(["up-1"], await StoredIdsAsync());
    }

    [Fact]
    public async Task A_rep_imports_their_own_rows_only()
    {
        var lena = _factory.PagesAs("lena");
        var csv = $"""
            date,person,metric,quantity,external_id
            {Day(1)},lena,prospecting_minutes,30,up-1
            {Day(1)},mateo,prospecting_minutes,30,up-2
            """;

        var url = (await lena.UploadAsync(csv)).ExpectRedirect();
        await lena.WaitForAsync(url, "<h2>Preview</h2>");
        (await lena.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var summary = await lena.WaitForAsync(url, "<h2>Nothing imported</h2>");

        Assert.Contains("Nothing was imported", summary);
        Assert.Empty(await StoredIdsAsync());
    }

    [Fact]
    public async Task Only_the_uploader_finds_an_upload_and_another_organisation_does_not()
    {
        var alex = _factory.PagesAs("alex");
        var url = (await alex.UploadAsync(GenericFile)).ExpectRedirect();
        var rival = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        rival.DefaultRequestHeaders.Authorization = new("Bearer", await RivalOrganization.AddAsync(_factory));

        Assert.Equal(HttpStatusCode.OK, (await _factory.PagesAs("lena").GetAsync("/activities/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.PagesAs("omar").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alex.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var response = await _factory.PagesAs("alex").UploadAsync(GenericFile, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<List<string?>> StoredIdsAsync()
    {
        using var db = _factory.OpenDatabase();
        return await db.Activities.Where(a => a.ExternalId!.StartsWith("up-")).Select(a => a.ExternalId).ToListAsync();
    }
}
