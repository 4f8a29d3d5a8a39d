using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>Activity aggregates per person x metric x day and month, people's e-mail, metrics for every commitment (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261122120100_ActivityAggregates")]
public sealed class ActivityAggregates : SqlMigration;
