using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Each person's secret calendar-feed address (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261208000000_CalendarFeeds")]
public sealed class CalendarFeeds : SqlMigration;
