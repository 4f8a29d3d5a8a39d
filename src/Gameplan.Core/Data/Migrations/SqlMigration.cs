using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gameplan.Core.Data.Migrations;

/// <summary>
/// A migration whose body is a hand-written SQL file embedded beside it
/// (<c>Data/Migrations/&lt;Provider&gt;/&lt;id&gt;.sql</c>): readable by a DBA, reviewed like code.
/// Migrations only go forward; take a backup before upgrading.
/// </summary>
public abstract class SqlMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in Statements(ResourceName()))
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>Splits a script at semicolons that end a line; drops comment-only lines.</summary>
    internal static IEnumerable<string> Statements(string resourceName)
    {
        using var stream = typeof(SqlMigration).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration script '{resourceName}' is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement => statement.TrimEnd(';'))
            .Where(statement => statement.Length > 0);
    }

    private string ResourceName()
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id
            ?? throw new InvalidOperationException($"{GetType().Name} has no [Migration] id.");
        var provider = GetType().GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PostgresGameplanDbContext)
            ? "Postgres"
            : "Sqlite";
        return $"migrations/{provider}/{id}.sql";
    }
}
