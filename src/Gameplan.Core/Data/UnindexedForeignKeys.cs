using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace Gameplan.Core.Data;

/// <summary>
/// EF's convention gives every foreign key an index. The activity log's key to its metric
/// (OrganizationId, MetricId) gets none: the key is checked on insert through the Metrics side,
/// an index on the log would only serve deleting a metric (which nothing does) and would cost a
/// b-tree insert per logged row (ADR 9). Every other key keeps the convention.
/// </summary>
internal sealed class UnindexedForeignKeys(ProviderConventionSetBuilderDependencies dependencies) : ForeignKeyIndexConvention(dependencies)
{
    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        IsLogMetricKey(properties, entityTypeBuilder.Metadata) ? null : base.CreateIndex(properties, unique, entityTypeBuilder);

    private static bool IsLogMetricKey(IReadOnlyList<IConventionProperty> properties, IConventionEntityType entityType) =>
        entityType.ClrType == typeof(ActivityEntry)
        && properties.Select(p => p.Name).SequenceEqual([nameof(ActivityEntry.OrganizationId), nameof(ActivityEntry.MetricId)]);
}
