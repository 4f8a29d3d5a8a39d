using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Drops the aggregates' organisation keys and the log's metric index, which every write maintained and no read used (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261122150000_LeanActivityWrites")]
public sealed class LeanActivityWrites : SqlMigration;
