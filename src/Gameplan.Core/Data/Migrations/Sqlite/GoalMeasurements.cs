using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Goal measurements, entered or imported, per organisation (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261122150200_GoalMeasurements")]
public sealed class GoalMeasurements : SqlMigration;
