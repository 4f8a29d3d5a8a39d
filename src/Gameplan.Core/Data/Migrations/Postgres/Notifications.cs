using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>E-mail settings, digest subscriptions and log, scheduler leases, webhooks and deliveries (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261208040000_Notifications")]
public sealed class Notifications : SqlMigration;
