using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>Organisations, teams, people, plans and everything under them (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261122090000_Initial")]
public sealed class Initial : SqlMigration;
