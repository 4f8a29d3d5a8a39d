using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>Sales funnels of the organisation, teams and plans (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261208060000_Funnels")]
public sealed class Funnels : SqlMigration;
