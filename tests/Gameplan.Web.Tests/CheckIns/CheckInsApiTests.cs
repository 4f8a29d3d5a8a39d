using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.CheckIns;

public sealed class CheckInsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(int Lena, int MidMarket)> IdsAsync()
    {
        using var admin = _factory.CreateClient();
        var people = await admin.GetOkAsync("/api/v1/people");
        var teams = await admin.GetOkAsync("/api/v1/teams");
        return (people.EnumerateArray().Single(p => p.Text("handle") == "lena").Id(), teams.EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id());
    }

    [Fact]
    public async Task A_rep_reads_her_form_beside_last_weeks_check_in_is_refused_off_track_without_why_then_saves_and_leaves_the_missing_list()
    {
        var (lena, midMarket) = await IdsAsync();
        using var rep = _factory.CreateClientAs("lena");
        using var manager = _factory.CreateClientAs("omar");
        Assert.Contains((await manager.GetOkAsync($"/api/v1/teams/{midMarket}/check-ins")).GetProperty("missing").EnumerateArray(), p => p.Text("handle") == "lena");

        var form = await rep.GetOkAsync("/api/v1/me/check-in");
        var plan = form.GetProperty("plans")[0];
        Assert.Equal(JsonValueKind.Object, plan.GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("current").ValueKind);
        var commitment = plan.GetProperty("commitments")[0];
        object Body(string? why) => new
        {
            plan_id = plan.GetProperty("plan_id").GetInt32(),
            lines = new[] { new { commitment_id = commitment.GetProperty("commitment_id").GetInt32(), actual = commitment.GetProperty("logged").GetDecimal(), confidence = "off_track", why } },
            wins = "Booked two demos.",
        };

        await (await rep.PutAsJsonAsync("/api/v1/me/check-in", Body(null))).ExpectFieldErrorAsync("lines[0].why");
        var saved = await rep.PutOkAsync("/api/v1/me/check-in", Body("Two clinic visits took the mornings."));

        Assert.Equal("off_track", saved.GetProperty("lines")[0].Text("confidence"));
        Assert.Equal(saved.Id(), (await rep.GetOkAsync("/api/v1/me/check-in")).GetProperty("plans")[0].GetProperty("current").Id());
        Assert.Equal(saved.Id(), (await rep.GetOkAsync("/api/v1/me/check-ins")).GetProperty("check_ins")[0].Id());
        Assert.DoesNotContain((await manager.GetOkAsync($"/api/v1/teams/{midMarket}/check-ins")).GetProperty("missing").EnumerateArray(), p => p.Text("handle") == "lena");
        Assert.Equal(saved.Id(), (await manager.GetOkAsync($"/api/v1/people/{lena}/check-ins")).GetProperty("check_ins")[0].Id());
    }

    [Fact]
    public async Task A_rep_never_reads_a_colleagues_check_ins_nor_her_teams_report_and_another_teams_manager_neither()
    {
        var (lena, midMarket) = await IdsAsync();
        using var colleague = _factory.CreateClientAs("mateo");
        using var otherManager = _factory.CreateClientAs("grace");
        using var rep = _factory.CreateClientAs("lena");

        await (await colleague.GetAsync($"/api/v1/people/{lena}/check-ins")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await otherManager.GetAsync($"/api/v1/people/{lena}/check-ins")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await rep.GetAsync($"/api/v1/teams/{midMarket}/check-ins")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(200, (int)(await rep.GetAsync($"/api/v1/people/{lena}/check-ins")).StatusCode);
    }

    [Fact]
    public async Task A_check_in_on_someone_elses_commitment_or_a_week_to_come_is_refused_naming_the_field()
    {
        using var rep = _factory.CreateClientAs("lena");
        using var ravi = _factory.CreateClientAs("ravi");
        var ravis = (await ravi.GetOkAsync("/api/v1/me/check-in")).GetProperty("plans")[0].GetProperty("commitments").EnumerateArray()
            .Single(c => c.Text("metric") == "career_fairs").GetProperty("commitment_id").GetInt32();

        await (await rep.PutAsJsonAsync("/api/v1/me/check-in", new { lines = new[] { new { commitment_id = ravis, confidence = "on_track" } } }))
            .ExpectFieldErrorAsync("lines[0].commitment_id");
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await rep.PutAsJsonAsync($"/api/v1/me/check-in?week={nextWeek}", new { wins = "Early." })).ExpectFieldErrorAsync("week");
    }
}
