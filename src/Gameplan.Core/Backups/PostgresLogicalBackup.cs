using System.IO.Compression;
using System.Text;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Gameplan.Core.Backups;

/// <summary>
/// A PostgreSQL backup without <c>pg_dump</c> (ADR 0053): every table's rows in PostgreSQL's own
/// COPY text format, read in one repeatable-read snapshot, gzip-compressed. After gunzip the file
/// is a psql script of data only: a header naming the schema's migrations, then for each table, in
/// an order where every row's foreign keys point at tables already loaded, a <c>COPY ... FROM
/// stdin;</c> block ended by <c>\.</c>, and last the identity sequences moved past the loaded ids.
/// The schema is not in the file: a restore builds it with the migrations the header names, loads
/// the rows in one transaction, then applies this version's newer migrations.
/// </summary>
internal static class PostgresLogicalBackup
{
    /// <summary>The first line of every logical backup, after gunzip.</summary>
    public const string Signature = "-- Gameplan logical backup (PostgreSQL), format 1";

    private const string MigrationPrefix = "-- migration ";
    private const string History = "__EFMigrationsHistory";

    // One way to write every value, whatever the server's or the role's defaults: UTC timestamps,
    // ISO dates, floats exactly (PostgreSQL 12 and later already print the shortest exact form).
    private const string SessionSettings = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET client_encoding = 'UTF8';";

    public static bool IsLogicalBackup(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadLine() == Signature;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static async Task<BackupResult> BackupAsync(DatabaseSettings source, string partial, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(source.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, SessionSettings, ct);
        // One snapshot for every table: rows written while the export runs are in none of them or all of them.
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await ExecuteAsync(connection, "SET TRANSACTION READ ONLY", ct);
        var tables = await TablesInLoadOrderAsync(connection, ct);
        if (!tables.Any(t => t.Name == History))
        {
            throw new BackupException($"{source.Describe()} is not a Gameplan database (it has no migrations history); run 'gameplan migrate' first.");
        }
        var migrations = new List<string>();
        await using (var list = new NpgsqlCommand($"SELECT \"MigrationId\" FROM \"{History}\" ORDER BY \"MigrationId\"", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                migrations.Add(reader.GetString(0));
            }
        }

        var counts = new List<TableRows>();
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var output = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
        {
            await output.WriteLineAsync(Signature);
            await output.WriteLineAsync($"-- Taken from database \"{connection.Database}\" on PostgreSQL {connection.PostgreSqlVersion}.");
            await output.WriteLineAsync("-- Data only. Restore with 'gameplan restore FILE --db ...' (it builds the schema with the migrations below,");
            await output.WriteLineAsync("-- loads the rows in one transaction and applies newer migrations), or by hand: migrate an empty database to");
            await output.WriteLineAsync("-- the last migration below, then: gunzip -c FILE | psql --single-transaction -v ON_ERROR_STOP=1 DATABASE");
            foreach (var migration in migrations)
            {
                await output.WriteLineAsync(MigrationPrefix + migration);
            }
            await output.WriteLineAsync(SessionSettings);
            foreach (var table in tables.Where(t => t.Name != History))
            {
                var columns = string.Join(", ", table.Columns.Select(Quote));
                await output.WriteLineAsync($"COPY {Quote(table.Name)} ({columns}) FROM stdin;");
                long rows = 0;
                using (var rowsOut = await connection.BeginTextExportAsync($"COPY {Quote(table.Name)} ({columns}) TO STDOUT", ct))
                {
                    // The text format escapes newlines and backslashes inside values: one row a line, and no row reads "\.".
                    while (await rowsOut.ReadLineAsync(ct) is { } row)
                    {
                        await output.WriteLineAsync(row);
                        rows++;
                    }
                }
                await output.WriteLineAsync("\\.");
                counts.Add(new TableRows(table.Name, rows));
            }
            foreach (var table in tables)
            {
                foreach (var identity in table.Identities)
                {
                    await output.WriteLineAsync(
                        $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name).Replace("'", "''", StringComparison.Ordinal)}', '{identity.Replace("'", "''", StringComparison.Ordinal)}'), " +
                        $"COALESCE((SELECT max({Quote(identity)}) FROM {Quote(table.Name)}), 0) + 1, false);");
                }
            }
        }
        await snapshot.CommitAsync(ct);
        counts.Add(new TableRows(History, migrations.Count));
        return new BackupResult(partial, 0, "logical export (COPY text, gzip)", [.. counts.OrderBy(c => c.Table, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The migrations the backup's schema was built with, checked against this version's: every one
    /// must be known (a backup from a newer version is refused before the target is touched).
    /// </summary>
    public static IReadOnlyList<string> CheckedMigrations(string path, DatabaseSettings target)
    {
        var migrations = ReadMigrations(path);
        if (migrations.Count == 0)
        {
            throw new BackupException($"{path} names no migrations: it is damaged or was not written by 'gameplan backup'.");
        }
        using var db = GameplanDatabase.Open(target);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = migrations.FirstOrDefault(m => !known.Contains(m));
        return unknown is null
            ? migrations
            : throw new BackupException($"{path} was taken from a newer Gameplan (its schema has the migration {unknown}, which this version does not know): restore it with that version or newer.");
    }

    /// <summary>
    /// Loads a logical backup into <paramref name="target"/>, whose public schema is empty (the caller
    /// checked or cleared it): the schema as the backup's <paramref name="migrations"/> built it, the
    /// rows in one transaction (a file that fails anywhere loads nothing), then this version's newer migrations.
    /// </summary>
    public static async Task RestoreAsync(string path, IReadOnlyList<string> migrations, DatabaseSettings target, CancellationToken ct)
    {
        await using (var db = GameplanDatabase.Open(target))
        {
            await db.GetService<IMigrator>().MigrateAsync(migrations[^1], ct);
        }

        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var file = File.OpenRead(path);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var input = new StreamReader(gzip, Encoding.UTF8);
            var line = 0;
            while (await input.ReadLineAsync(ct) is { } statement)
            {
                line++;
                if (statement.Length == 0 || statement.StartsWith("--", StringComparison.Ordinal))
                {
                    continue;
                }
                try
                {
                    if (statement.StartsWith("COPY ", StringComparison.Ordinal) && statement.EndsWith(" FROM stdin;", StringComparison.Ordinal))
                    {
                        line += await LoadAsync(connection, statement, input, ct);
                    }
                    else if (statement.StartsWith("SET ", StringComparison.Ordinal) || statement.StartsWith("SELECT setval(", StringComparison.Ordinal))
                    {
                        await ExecuteAsync(connection, statement, ct);
                    }
                    else
                    {
                        throw new BackupException($"{path}, line {line}: unexpected statement; the file is damaged or was edited.");
                    }
                }
                catch (PostgresException e)
                {
                    throw new BackupException($"{path}, line {line}: PostgreSQL refused the rows ({e.MessageText}); nothing was restored.");
                }
            }
            await transaction.CommitAsync(ct);
        }

        await using (var db = GameplanDatabase.Open(target))
        {
            await GameplanDatabase.MigrateAsync(db, ct);
        }
    }

    private static List<string> ReadMigrations(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var migrations = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith("--", StringComparison.Ordinal))
        {
            if (line.StartsWith(MigrationPrefix, StringComparison.Ordinal))
            {
                migrations.Add(line[MigrationPrefix.Length..].Trim());
            }
        }
        return migrations;
    }

    /// <summary>Streams one COPY block's rows, up to its <c>\.</c>, into the table; returns the lines read.</summary>
    private static async Task<int> LoadAsync(NpgsqlConnection connection, string copy, StreamReader input, CancellationToken ct)
    {
        var lines = 0;
        var ended = false;
        await using (var rowsIn = await connection.BeginTextImportAsync(copy.Replace(" FROM stdin;", " FROM STDIN", StringComparison.Ordinal), ct))
        {
            while (await input.ReadLineAsync(ct) is { } row)
            {
                lines++;
                if (row == "\\.")
                {
                    ended = true;
                    break;
                }
                await rowsIn.WriteAsync(row);
                await rowsIn.WriteAsync('\n');
            }
            if (!ended)
            {
                throw new BackupException($"the file ends inside the rows of '{copy}': it was cut short; nothing was restored.");
            }
        }
        return lines;
    }

    /// <summary>
    /// The public schema's tables with their columns (generated ones left out) and identity
    /// columns, ordered so that each table comes after every table its foreign keys point at.
    /// A row that points at its own table is checked at the end of its COPY, so self-references need no order.
    /// </summary>
    private static async Task<List<Table>> TablesInLoadOrderAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = new SortedDictionary<string, Table>(StringComparer.Ordinal);
        await using (var columns = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname, a.attidentity <> ''
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
            ORDER BY c.relname, a.attnum
            """, connection))
        await using (var reader = await columns.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var name = reader.GetString(0);
                if (!tables.TryGetValue(name, out var table))
                {
                    tables[name] = table = new Table(name, [], [], []);
                }
                table.Columns.Add(reader.GetString(1));
                if (reader.GetBoolean(2))
                {
                    table.Identities.Add(reader.GetString(1));
                }
            }
        }
        await using (var keys = new NpgsqlCommand(
            """
            SELECT child.relname, parent.relname
            FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid
            JOIN pg_class parent ON parent.oid = k.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid
            """, connection))
        await using (var reader = await keys.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (tables.TryGetValue(reader.GetString(0), out var child))
                {
                    child.References.Add(reader.GetString(1));
                }
            }
        }

        var ordered = new List<Table>(tables.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Values.FirstOrDefault(t => !placed.Contains(t.Name) && t.References.All(r => placed.Contains(r) || !tables.ContainsKey(r)))
                ?? throw new BackupException(
                    $"the tables {string.Join(", ", tables.Keys.Where(k => !placed.Contains(k)))} point at each other in a cycle of foreign keys; a logical export cannot order them (use pg_dump).");
            ordered.Add(ready);
            placed.Add(ready.Name);
        }
        return ordered;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record Table(string Name, List<string> Columns, List<string> Identities, HashSet<string> References);
}
