using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Data;

/// <summary>The SQLite flavour of the context; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteGameplanDbContext(DbContextOptions<SqliteGameplanDbContext> options) : GameplanDbContext(options);
