using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>Plan versions (submitted and approved plan files) and the organisation's reapproval rule (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261207020000_PlanVersions")]
public sealed class PlanVersions : SqlMigration;
