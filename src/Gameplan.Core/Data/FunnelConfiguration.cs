using System.Text.Json;
using System.Text.Json.Serialization;
using Gameplan.Core.Funnels;
using Gameplan.Domain.Funnels;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gameplan.Core.Data;

/// <summary>
/// Sales funnels: scoped by organisation, at most one for the organisation, one a team and one a plan,
/// gone with their team or plan. The stages are a JSON column spelled like the plan file's
/// (<c>[{"metric":"calls","rate":0.1},{"metric":"deals"}]</c>).
/// </summary>
internal static class FunnelConfiguration
{
    /// <summary>Longest stored stages text: 12 stages of a 100-character metric fit many times over.</summary>
    public const int MaxStagesLength = 4000;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly ValueConverter<IReadOnlyList<FunnelStageDocument>, string> StagesConverter = new(
        stages => WriteStages(stages), text => ReadStages(text));

    private static readonly ValueComparer<IReadOnlyList<FunnelStageDocument>> StagesComparer = new(
        (a, b) => WriteStages(a!) == WriteStages(b!), stages => WriteStages(stages).GetHashCode(StringComparison.Ordinal), stages => ReadStages(WriteStages(stages)));

    public static void Apply(ModelBuilder model)
    {
        model.Entity<SalesFunnel>(f =>
        {
            f.ToTable("Funnels");
            f.Property(x => x.DealValue).HasPrecision(18, 4);
            f.Property(x => x.Currency).HasMaxLength(3);
            f.Property(x => x.Stages).HasConversion(StagesConverter, StagesComparer).HasMaxLength(MaxStagesLength);
            f.Property(x => x.Version).IsConcurrencyToken();
            f.HasIndex(x => x.OrganizationId).IsUnique().HasFilter("\"TeamId\" IS NULL AND \"PlanId\" IS NULL");
            f.HasIndex(x => x.TeamId).IsUnique().HasFilter("\"TeamId\" IS NOT NULL");
            f.HasIndex(x => x.PlanId).IsUnique().HasFilter("\"PlanId\" IS NOT NULL");
            f.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            f.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
            f.HasOne<StrategicPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static string WriteStages(IReadOnlyList<FunnelStageDocument> stages) =>
        JsonSerializer.Serialize(stages.Select(stage => new StoredStage(stage.Metric, stage.Rate, stage.Minutes)).ToList(), Json);

    private static IReadOnlyList<FunnelStageDocument> ReadStages(string text) =>
        [.. (JsonSerializer.Deserialize<List<StoredStage>>(string.IsNullOrWhiteSpace(text) ? "[]" : text, Json) ?? [])
            .Select(stage => new FunnelStageDocument { Metric = stage.Metric, Rate = stage.Rate, Minutes = stage.Minutes })];

    private sealed record StoredStage(string? Metric, decimal? Rate = null, decimal? Minutes = null);
}
