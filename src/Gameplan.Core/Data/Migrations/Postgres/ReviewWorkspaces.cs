using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations.Postgres;

/// <summary>Review workspaces: participants, talking points, decisions, action items and the held snapshot (body: the .sql file with the same id).</summary>
[DbContext(typeof(PostgresGameplanDbContext))]
[Migration("20261208020000_ReviewWorkspaces")]
public sealed class ReviewWorkspaces : SqlMigration;
