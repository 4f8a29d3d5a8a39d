using System.Net.Http.Headers;
using System.Text;
using Gameplan.Core.Activities.Import;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Activities;

/// <summary>Saved mappings as the import page offers them (choose one instead of uploading a definition).</summary>
public sealed class MappingsPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_crm_export_is_read_through_a_saved_mapping_chosen_on_the_import_page()
    {
        await SaveAsync("CRM activities", ImportUploads.CrmMapping);
        var alex = _factory.PagesAs("alex");
        var csv = $"""
            Activity ID,Activity Date,Owner,Type,Duration (min)
            crm-1,{ActiveTodayPlan.Today.AddDays(-1):MM/dd/yyyy},Lena Fischer,Prospecting,45
            crm-2,{ActiveTodayPlan.Today.AddDays(-1):MM/dd/yyyy},Lena Fischer,Email,3
            """;

        var form = await alex.GetPageAsync("/activities/import");
        var url = (await UploadAsync(alex, csv, "crm activities")).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");

        Assert.Contains("<option value=\"CRM activities\">CRM activities</option>", form, StringComparison.Ordinal);
        Assert.Contains("<td>lena</td><td>prospecting_minutes</td><td>45</td><td>crm-1</td>", preview, StringComparison.Ordinal);
        Assert.Contains("1 ignored by the mapping", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_mapping_name_that_does_not_exist_is_refused_beside_the_select()
    {
        await SaveAsync("CRM activities", ImportUploads.CrmMapping);
        var alex = _factory.PagesAs("alex");

        var html = await (await UploadAsync(alex, "date,person,metric,quantity\n", "hubspot")).ExpectFormAgainAsync();

        Assert.Equal("There is no saved mapping named 'hubspot'.", PageForms.MessageBeside(html, "savedMapping"));
    }

    [Fact]
    public async Task An_admin_saves_a_pasted_mapping_sees_it_listed_and_deletes_it()
    {
        var alex = _factory.PagesAs("alex");

        var saved = (await alex.SubmitAsync("/activities/mappings", [("Name", "CRM activities"), ("Definition", ImportUploads.CrmMapping)])).ExpectRedirect();
        var listed = await alex.GetPageAsync(saved);
        (await alex.SubmitAsync("/activities/mappings", [("name", "crm ACTIVITIES")], handler: "Delete")).ExpectRedirect();
        var empty = await alex.GetPageAsync("/activities/mappings");

        Assert.Contains("<td>CRM activities</td>", listed, StringComparison.Ordinal);
        Assert.Contains("id=\"no-mappings\"", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_with_an_unknown_key_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var alex = _factory.PagesAs("alex");

        var html = await (await alex.SubmitAsync("/activities/mappings",
            [("Name", "crm"), ("Definition", """{ "date": { "colum": "Activity Date" } }""")])).ExpectFormAgainAsync();

        Assert.Contains("colum", PageForms.MessageBeside(html, "Definition"), StringComparison.Ordinal);
        Assert.Contains("id=\"no-mappings\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rosa")]
    [InlineData("lena")]
    public async Task Only_an_admin_may_open_the_mappings_page(string handle)
    {
        var response = await _factory.PagesAs(handle).GetAsync("/activities/mappings");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task SaveAsync(string name, string json)
    {
        using var db = _factory.OpenDatabase();
        db.OrganizationScope = await db.People.Where(p => p.Handle == "alex").Select(p => p.OrganizationId).SingleAsync();
        await new ActivityMappingCommands(db, TimeProvider.System).SaveAsync(name, json);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string savedMapping)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.TokenIn(await client.GetPageAsync("/activities/import"))), "__RequestVerificationToken" },
            { new StringContent(savedMapping), "savedMapping" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "activities.csv");
        return await client.PostAsync("/activities/import", form);
    }
}
