using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>The PostgreSQL flavour of the context; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresGameplanDbContext(DbContextOptions<PostgresGameplanDbContext> options) : GameplanDbContext(options);
