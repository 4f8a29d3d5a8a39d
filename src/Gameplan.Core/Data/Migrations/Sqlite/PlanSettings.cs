using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Critique settings per organisation and per plan; tactics tied to no strategy (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261122120000_PlanSettings")]
public sealed class PlanSettings : SqlMigration
{
    /// <summary>
    /// The Tactics rebuild drops the old table; with foreign keys on, that would cascade to every
    /// commitment and author. SQLite only changes the setting outside a transaction (as EF's own rebuilds do).
    /// </summary>
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        base.Up(migrationBuilder);
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }
}
