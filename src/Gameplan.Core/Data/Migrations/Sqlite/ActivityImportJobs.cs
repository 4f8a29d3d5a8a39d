using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Activity import jobs and their uploaded files in the database, for several app instances (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261208090000_ActivityImportJobs")]
public sealed class ActivityImportJobs : SqlMigration;
