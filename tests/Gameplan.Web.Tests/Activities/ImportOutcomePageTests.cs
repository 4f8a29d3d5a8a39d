using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Activities;

/// <summary>The import page says what a click will do before it, and a result that stored nothing never looks like a success.</summary>
public sealed partial class ImportOutcomePageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string Day(int daysAgo) => ActiveTodayPlan.Iso(ActiveTodayPlan.Today.AddDays(-daysAgo));

    private static string Valid(int rows) => "date,person,metric,quantity,external_id\n"
        + string.Concat(Enumerable.Range(1, rows).Select(i => $"{Day(1)},lena,prospecting_minutes,{i},ok-{i}\n"));

    [Fact]
    public async Task A_demo_crm_export_naming_people_by_their_sign_in_email_imports_every_row()
    {
        var alex = _factory.PagesAs("alex");
        var day = ActiveTodayPlan.Today.AddDays(-1).ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var people = new[] { "lena", "mateo", "nia", "ravi", "sofia", "jonas" };
        var csv = "Activity ID,Activity Date,Assigned To,Type,Duration (min)\n"
            + string.Concat(people.Select((p, i) => $"sf-{i},{day},{p.ToUpperInvariant()}@Northwind.example,Prospecting,{10 + i}\n"));
        var mapping = ImportUploads.CrmMapping.Replace("\"Owner\", \"match\": \"name\"", "\"Assigned To\", \"match\": \"email\"", StringComparison.Ordinal);

        var url = (await alex.UploadAsync(csv, mapping)).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");
        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var summary = await alex.WaitForAsync(url, "<h2>Imported</h2>");

        Assert.Equal("Import 6 activities", Button(preview, "false"));
        Assert.Contains(">6 activities imported.</p>", summary);
        Assert.Contains("id=\"summary-imported\">6<", summary);
    }

    [Fact]
    public async Task A_file_with_invalid_rows_says_all_or_nothing_would_import_nothing_and_offers_to_skip_them()
    {
        var alex = _factory.PagesAs("alex");
        var csv = Valid(2) + $"{Day(1)},nobody,prospecting_minutes,1,bad-1\n{Day(1)},lena,prospecting_minutes,lots,bad-2\n";

        var url = (await alex.UploadAsync(csv)).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");

        Assert.Equal("Import 2 activities, skipping 2 rows that are invalid", Button(preview, "true"));
        Assert.Null(Button(preview, "false"));
        Assert.Matches("<button type=\"button\" id=\"import-all-or-nothing\"[^>]* disabled[^>]*>Import nothing: 2 rows are invalid</button>", preview);
        Assert.Contains("upload the file again", preview);
    }

    [Fact]
    public async Task A_file_whose_every_row_is_invalid_offers_no_import_at_all()
    {
        var alex = _factory.PagesAs("alex");
        var csv = $"date,person,metric,quantity\n{Day(1)},nobody,prospecting_minutes,1\n{Day(1)},lena,prospecting_minutes,lots\n";

        var url = (await alex.UploadAsync(csv)).ExpectRedirect();
        var preview = await alex.WaitForAsync(url, "<h2>Preview</h2>");

        Assert.Null(Button(preview, "true"));
        Assert.Null(Button(preview, "false"));
        Assert.Contains(">Import nothing: all 2 rows are invalid</button>", preview);
    }

    [Fact]
    public async Task Importing_a_file_already_stored_is_a_warning_that_says_why_never_a_green_zero()
    {
        var alex = _factory.PagesAs("alex");
        var first = (await alex.UploadAsync(Valid(3))).ExpectRedirect();
        await alex.WaitForAsync(first, "<h2>Preview</h2>");
        (await alex.ImportAsync(first, skipInvalid: false)).ExpectRedirect();
        var stored = await alex.WaitForAsync(first, "<h2>Imported</h2>");

        var again = (await alex.UploadAsync(Valid(3))).ExpectRedirect();
        await alex.WaitForAsync(again, "<h2>Preview</h2>");
        (await alex.ImportAsync(again, skipInvalid: false)).ExpectRedirect();
        var nothing = await alex.WaitForAsync(again, "<h2>Nothing imported</h2>");

        Assert.Equal(("flash", "3 activities imported."), Outcome(stored));
        Assert.Equal(("flash flash-warning", "Nothing was imported: every valid row was stored before (3 rows already stored)."), Outcome(nothing));
        Assert.DoesNotContain("0 activities imported", nothing);
    }

    [Fact]
    public async Task An_all_or_nothing_import_refused_by_an_invalid_row_is_a_warning_naming_the_count()
    {
        var alex = _factory.PagesAs("alex");
        var url = (await alex.UploadAsync(Valid(1) + $"{Day(1)},nobody,prospecting_minutes,1,bad-1\n")).ExpectRedirect();
        await alex.WaitForAsync(url, "<h2>Preview</h2>");

        // The page offers no such button; a stale form or a hand-made post still gets an honest answer.
        (await alex.ImportAsync(url, skipInvalid: false)).ExpectRedirect();
        var nothing = await alex.WaitForAsync(url, "<h2>Nothing imported</h2>");

        Assert.Equal("flash flash-warning", Outcome(nothing).Class);
        Assert.StartsWith("Nothing was imported: 1 row is invalid", Outcome(nothing).Text, StringComparison.Ordinal);
    }

    /// <summary>The label of the submit button posting <c>skipInvalid=<paramref name="skipInvalid"/></c>; null when there is none.</summary>
    private static string? Button(string html, string skipInvalid) =>
        Regex.Match(html, $"<button type=\"submit\" name=\"skipInvalid\" value=\"{skipInvalid}\"[^>]*>([^<]*)</button>") is { Success: true } m ? m.Groups[1].Value : null;

    private static (string Class, string Text) Outcome(string html) =>
        OutcomePattern().Match(html) is { Success: true } m ? (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)) : ("", "");

    [GeneratedRegex("<p role=\"status\" id=\"import-outcome\" class=\"([^\"]*)\">([^<]*)</p>")]
    private static partial Regex OutcomePattern();
}
