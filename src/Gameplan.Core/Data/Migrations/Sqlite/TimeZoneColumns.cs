using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>The organisation's time zone (UTC until chosen) and a person's own, if any (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261206140000_TimeZones")]
public sealed class TimeZoneColumns : SqlMigration;
