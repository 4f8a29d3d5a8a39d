using System.Text.Json;
using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Tests.Critique;

public sealed class CritiqueJsonTests
{
    [Fact]
    public void A_report_serialises_with_the_field_names_and_lower_case_severities_of_the_lint_contract()
    {
        var report = PlanCritic.Critique(SoundPlan.Build() with { Mission = null }, SoundPlan.Today);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report));
        var root = json.RootElement;

        Assert.Equal(["plan", "findings", "risks", "summary"], root.EnumerateObject().Select(property => property.Name));
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(["rule", "severity", "path", "message", "advice"], finding.EnumerateObject().Select(property => property.Name));
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        // The radar's formula was added after the three fields of the contract, which keep their order and names.
        var risk = root.GetProperty("risks")[0];
        Assert.Equal(["id", "score", "because", "formula"], risk.EnumerateObject().Select(property => property.Name));
        Assert.Equal("GP101 30x1 = 30", risk.GetProperty("formula").GetString());
        Assert.Equal(["errors", "warnings", "infos"], root.GetProperty("summary").EnumerateObject().Select(property => property.Name));
    }

    [Theory]
    [InlineData(FindingSeverity.Error, "\"error\"")]
    [InlineData(FindingSeverity.Warning, "\"warning\"")]
    [InlineData(FindingSeverity.Info, "\"info\"")]
    public void Severities_read_back_from_their_lower_case_names(FindingSeverity severity, string text)
    {
        Assert.Equal(text, JsonSerializer.Serialize(severity));
        Assert.Equal(severity, JsonSerializer.Deserialize<FindingSeverity>(text));
    }
}
