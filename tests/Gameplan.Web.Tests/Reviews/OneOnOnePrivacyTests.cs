using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Reviews;

/// <summary>A one-on-one's notes never leave its workspace through the plan file, its versions or its download: a colleague reads the plan, not them.</summary>
public sealed class OneOnOnePrivacyTests : IDisposable
{
    private const string NiasNotes = "First coaching session on prospecting habits.";
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_colleague_reads_the_plan_file_and_its_versions_without_the_one_on_ones_notes_which_nia_and_the_leader_read_in_the_workspace()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var oneOnOne = demo.Details.GetProperty("reviews").EnumerateArray().Single(r => r.Text("kind") == "one_on_one").Id();
        using var lena = _factory.CreateClientAs("lena");

        var file = await lena.GetStringAsync($"{demo.Url}/file");
        Assert.Contains("kind: one_on_one", file, StringComparison.Ordinal);
        Assert.DoesNotContain(NiasNotes, file, StringComparison.Ordinal);
        foreach (var version in (await lena.GetOkAsync($"{demo.Url}/versions")).EnumerateArray())
        {
            Assert.DoesNotContain(NiasNotes, await lena.GetStringAsync($"{demo.Url}/versions/{version.GetProperty("number").GetInt32()}"), StringComparison.Ordinal);
        }

        using var nia = _factory.CreateClientAs("nia");
        using var rosa = _factory.CreateClientAs("rosa");
        Assert.Contains(NiasNotes, await nia.GetStringAsync($"{demo.Url}/reviews/{oneOnOne}/workspace"), StringComparison.Ordinal);
        Assert.Contains(NiasNotes, await rosa.GetStringAsync($"{demo.Url}/reviews/{oneOnOne}/workspace"), StringComparison.Ordinal);
    }
}
