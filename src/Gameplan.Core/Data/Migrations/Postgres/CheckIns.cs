using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>Weekly check-ins with a line per commitment, and the organisation's check-in day (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261208010000_CheckIns")]
public sealed class CheckIns : SqlMigration;
