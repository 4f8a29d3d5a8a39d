using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Sqlite;

/// <summary>E-mail settings, digest subscriptions and log, scheduler leases, webhooks and deliveries (body: the .sql file with the same id).</summary>
[DbContext(typeof(SqliteGameplanDbContext))]
[Migration("20261208040000_Notifications")]
public sealed class Notifications : SqlMigration;
