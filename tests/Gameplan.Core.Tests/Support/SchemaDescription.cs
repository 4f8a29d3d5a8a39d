using System.Data.Common;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Support;

/// <summary>
/// The schema of a live database as sorted lines (tables, columns with type and nullability,
/// indexes with columns, uniqueness and filter, foreign keys), read from the server's own catalogue.
/// </summary>
public static class SchemaDescription
{
    private static readonly string[] EfTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static async Task<IReadOnlyList<string>> ReadAsync(GameplanDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = db.Database.IsSqlite() ? await SqliteAsync(connection) : await PostgresAsync(connection);
            return lines.Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Select(t => t[0]).Where(t => !EfTables.Contains(t)))
        {
            lines.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} {(c[2] == "1" ? "not null" : "null")} pk={c[3]}");
            }
            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                var sql = await QueryAsync(connection, $"SELECT coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND name = '{i[0]}'");
                var filter = sql.Count > 0 && sql[0][0].Contains(" WHERE ", StringComparison.Ordinal) ? sql[0][0][sql[0][0].IndexOf(" WHERE ", StringComparison.Ordinal)..].Trim().TrimEnd(';') : "";
                var name = i[2] == "c" ? i[0] : $"{i[2]}-constraint";
                lines.Add($"index {table}.{name} ({string.Join(",", columns.Select(x => x[0]))}) unique={i[1]}{filter}");
            }
            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY id, seq"))
            {
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
            }
        }
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT c.table_name, c.column_name, c.data_type, coalesce(c.character_maximum_length::text, ''),
                   coalesce(c.numeric_precision::text, ''), coalesce(c.numeric_scale::text, ''), c.is_nullable, coalesce(c.is_identity, '')
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            """))
        {
            if (EfTables.Contains(c[0]))
            {
                continue;
            }
            lines.Add($"table {c[0]}");
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}{c[4]},{c[5]}) nullable={c[6]} identity={c[7]}");
        }
        foreach (var i in await QueryAsync(connection, "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        {
            if (!EfTables.Contains(i[0]))
            {
                lines.Add($"index {i[0]} {i[1]}");
            }
        }
        foreach (var k in await QueryAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """))
        {
            if (!EfTables.Any(t => k[0].Contains(t, StringComparison.Ordinal)))
            {
                lines.Add($"constraint {k[0]} {k[1]} {k[2]}");
            }
        }
        return lines.Distinct().ToList();
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }
        return rows;
    }
}
