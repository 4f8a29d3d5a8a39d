using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Which organisation was seeded as the demo, and whether its accounts are listed at sign-in (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261206100100_DemoSignIns")]
public sealed class DemoSignIns : SqlMigration;
