using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>The organisation's pace thresholds, on track and at risk in percent (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261208100000_PaceThresholds")]
public sealed class PaceThresholds : SqlMigration;
