using System.Diagnostics;
using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gameplan.Core.Backups;

/// <summary>
/// Consistent copies of a running database and putting them back (ADR 0045). SQLite: <c>VACUUM
/// INTO</c> a new file, which reads one snapshot (the WAL included) while writers go on, and the
/// online backup API to restore. PostgreSQL: <c>pg_dump</c>'s custom format (one snapshot) and
/// <c>pg_restore</c>; where <c>pg_dump</c> is missing (or asked for), a logical export of every
/// table (<see cref="PostgresLogicalBackup"/>, ADR 0053). A backup is written beside its target and renamed only once it checks out,
/// so a failed run never leaves a file that looks like a good backup.
/// </summary>
public static class DatabaseBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PostgresHeader = "PGDMP"u8.ToArray();

    /// <summary>Copies <paramref name="source"/> into the new file <paramref name="file"/>; never overwrites.</summary>
    /// <exception cref="BackupException">The source is missing, the file exists, or the copy fails its check.</exception>
    public static async Task<BackupResult> BackupAsync(DatabaseSettings source, string file, BackupMethod method = BackupMethod.Automatic, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new BackupException($"{target} already exists: a backup never overwrites a file; choose a new name (for example with the date in it).");
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupException($"the folder {folder} does not exist.");
        }
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            if (method == BackupMethod.Logical && source.Provider == DatabaseProvider.Sqlite)
            {
                throw new BackupException("a logical export is for PostgreSQL; a SQLite backup is already a complete, checked copy of the database file.");
            }
            var result = source.Provider == DatabaseProvider.Sqlite
                ? await BackupSqliteAsync(source, partial, ct)
                : await BackupPostgresAsync(source, partial, method, ct);
            File.Move(partial, target);
            return result with { File = target, Bytes = new FileInfo(target).Length };
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Puts the backup <paramref name="file"/> into <paramref name="target"/>. A target that holds
    /// any table is refused unless <paramref name="force"/>; then it is replaced entirely.
    /// </summary>
    public static async Task<BackupResult> RestoreAsync(string file, DatabaseSettings target, bool force, CancellationToken ct = default)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new BackupException($"the backup {path} does not exist.");
        }
        var header = new byte[16];
        int read;
        await using (var stream = File.OpenRead(path))
        {
            read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        }
        var isSqlite = read == header.Length && header.AsSpan().SequenceEqual(SqliteHeader);
        var isDump = read >= PostgresHeader.Length && header.AsSpan(0, PostgresHeader.Length).SequenceEqual(PostgresHeader);
        var isLogical = read >= 2 && header[0] == 0x1f && header[1] == 0x8b && PostgresLogicalBackup.IsLogicalBackup(path);
        if (!isSqlite && !isDump && !isLogical)
        {
            throw new BackupException($"{path} is not a Gameplan backup: neither a SQLite database, a pg_dump archive nor a Gameplan logical export.");
        }
        if (isSqlite != (target.Provider == DatabaseProvider.Sqlite))
        {
            throw new BackupException(isSqlite
                ? $"{path} is a SQLite backup; it restores into a SQLite database, not {target.Describe()}."
                : $"{path} is a PostgreSQL backup ({(isDump ? "pg_dump" : "logical export")}); it restores into a PostgreSQL database, not {target.Describe()}.");
        }
        return isSqlite ? await RestoreSqliteAsync(path, target, force, ct) : await RestorePostgresAsync(path, isLogical, target, force, ct);
    }

    /// <summary>The rows in each table of the database, by table name (the migrations' history included).</summary>
    public static async Task<IReadOnlyList<TableRows>> CountAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(settings.ConnectionString);
            await sqlite.OpenAsync(ct);
            return await CountSqliteAsync(sqlite, ct);
        }
        await using var postgres = new NpgsqlConnection(settings.ConnectionString);
        await postgres.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", postgres))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counts = new List<TableRows>(tables.Count);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", postgres);
            counts.Add(new TableRows(table, (long)(await count.ExecuteScalarAsync(ct))!));
        }
        return counts;
    }

    /// <summary>Any row outside the migrations' history: an empty schema (a fresh <c>migrate</c>) holds no data.</summary>
    private static bool HoldsData(IReadOnlyList<TableRows> tables) =>
        tables.Any(t => t.Rows > 0 && t.Table != "__EFMigrationsHistory");

    private static async Task<BackupResult> BackupSqliteAsync(DatabaseSettings source, string partial, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(source.ConnectionString);
        if (!File.Exists(builder.DataSource))
        {
            throw new BackupException($"the database file {builder.DataSource} does not exist.");
        }
        builder.Mode = SqliteOpenMode.ReadOnly;
        await using (var connection = new SqliteConnection(builder.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await Execute(connection, "PRAGMA busy_timeout = 30000", ct);
            await using var vacuum = connection.CreateCommand();
            // One read transaction: a consistent snapshot, the WAL's committed pages included, while the app writes on.
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", partial);
            await vacuum.ExecuteNonQueryAsync(ct);
        }
        var tables = await CheckSqliteAsync(partial, ct);
        return new BackupResult(partial, 0, "SQLite VACUUM INTO", tables);
    }

    private static async Task<IReadOnlyList<TableRows>> CheckSqliteAsync(string file, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            var verdict = (string?)await check.ExecuteScalarAsync(ct);
            if (verdict != "ok")
            {
                throw new BackupException($"the copy {file} fails SQLite's integrity check: {verdict}");
            }
        }
        var tables = await CountSqliteAsync(connection, ct);
        if (!tables.Any(t => t.Table == "__EFMigrationsHistory"))
        {
            throw new BackupException($"{file} is a SQLite database but not a Gameplan one (it has no migrations history).");
        }
        return tables;
    }

    private static async Task<IReadOnlyList<TableRows>> CountSqliteAsync(SqliteConnection connection, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counts = new List<TableRows>(tables.Count);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts.Add(new TableRows(table, (long)(await count.ExecuteScalarAsync(ct))!));
        }
        return counts;
    }

    private static async Task<BackupResult> RestoreSqliteAsync(string file, DatabaseSettings target, bool force, CancellationToken ct)
    {
        var tables = await CheckSqliteAsync(file, ct);
        var targetFile = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        if (File.Exists(targetFile) && !force)
        {
            await using var existing = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
            await existing.OpenAsync(ct);
            if (HoldsData(await CountSqliteAsync(existing, ct)))
            {
                throw new BackupException($"the database {targetFile} is not empty: restoring would replace it. Stop the app and add --force to replace it.");
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString))
        await using (var into = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await from.OpenAsync(ct);
            await into.OpenAsync(ct);
            await Execute(into, "PRAGMA busy_timeout = 30000", ct);
            // The online backup API replaces every page of the target, in its own journal mode, so a WAL left beside it stays consistent.
            from.BackupDatabase(into);
            await Execute(into, "PRAGMA journal_mode = WAL", ct);
        }
        var restored = await CheckSqliteAsync(targetFile, ct);
        return new BackupResult(file, new FileInfo(file).Length, "SQLite online backup", restored.Count == tables.Count ? restored : tables);
    }

    private static async Task<BackupResult> BackupPostgresAsync(DatabaseSettings source, string partial, BackupMethod method, CancellationToken ct)
    {
        var pgDump = method == BackupMethod.Automatic ? FindPostgresTool("pg_dump") : null;
        if (pgDump is null)
        {
            return await PostgresLogicalBackup.BackupAsync(source, partial, ct);
        }
        var connection = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        // pg_dump reads one snapshot (a repeatable-read transaction) while the app writes on.
        await RunAsync(pgDump, connection,
            ["--format=custom", "--no-owner", "--no-privileges", "--file", partial, "--dbname", connection.Database ?? "postgres"], ct);
        return new BackupResult(partial, 0, "pg_dump (custom format)", await CountAsync(source, ct));
    }

    private static async Task<BackupResult> RestorePostgresAsync(string file, bool logical, DatabaseSettings target, bool force, CancellationToken ct)
    {
        var migrations = logical ? PostgresLogicalBackup.CheckedMigrations(file, target) : [];
        var existing = await CountAsync(target, ct);
        if (HoldsData(existing) && !force)
        {
            throw new BackupException($"the database {target.Describe()} is not empty: restoring would replace it. Stop the app and add --force to replace it.");
        }
        if (existing.Count > 0)
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(ct);
            await using var drop = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }
        if (logical)
        {
            await PostgresLogicalBackup.RestoreAsync(file, migrations, target, ct);
            return new BackupResult(file, new FileInfo(file).Length, "logical export", await CountAsync(target, ct));
        }
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        await RunAsync(PostgresTool("pg_restore"), builder,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", builder.Database ?? "postgres", file], ct);
        return new BackupResult(file, new FileInfo(file).Length, "pg_restore", await CountAsync(target, ct));
    }

    /// <summary>The PostgreSQL client tool on the PATH, else the newest in Debian's /usr/lib/postgresql/N/bin.</summary>
    private static string PostgresTool(string name) =>
        FindPostgresTool(name)
        ?? throw new BackupException($"{name} was not found (PATH or /usr/lib/postgresql/*/bin): install the PostgreSQL client tools (Debian: postgresql-client) of the server's major version or newer.");

    private static string? FindPostgresTool(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, name)))
            {
                return Path.Combine(folder, name);
            }
        }
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).ToList()
            : [];
        return versions.Count > 0 ? versions[0] : null;
    }

    private static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder connection, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Connection details through libpq's environment: the password never shows in a process list.
        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (connection.Username is { } user)
        {
            start.Environment["PGUSER"] = user;
        }
        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{Path.GetFileName(tool)} failed (exit {process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}".Trim());
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>How a PostgreSQL backup is taken: <c>pg_dump</c> when it is installed, else the logical export; or always the logical export.</summary>
public enum BackupMethod
{
    Automatic,
    Logical,
}

/// <summary>What a backup or restore did: the file, its size, how, and the rows of each table it holds.</summary>
public sealed record BackupResult(string File, long Bytes, string Method, IReadOnlyList<TableRows> Tables);

/// <summary>The number of rows in one table.</summary>
public sealed record TableRows(string Table, long Rows);

/// <summary>A backup or restore that cannot be done, with a message for the person running it.</summary>
public sealed class BackupException(string message) : Exception(message);
