using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>The activity log and its metric catalogue (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261122090100_ActivityLog")]
public sealed class ActivityLog : SqlMigration;
