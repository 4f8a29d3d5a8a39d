using System.Data.Common;
using System.Text;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Security;

/// <summary>
/// Every row of every table as text, to prove a series of refused requests changed nothing. A token's
/// LastUsedAt is left out: authenticating a request records it, and that is not a change made by the request.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(GameplanWebFactory factory)
    {
        await using var db = factory.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = Command(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = Command(connection, $"SELECT * FROM \"{table}\"");
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetName(i) == "LastUsedAt" ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                    row.Append(' ').Append(reader.GetName(i)).Append('=').Append(value);
                }
                rows.Add(row.ToString());
            }
        }
        // Tables without a rowid have no stable order of their own.
        return string.Join(Environment.NewLine, rows.Order(StringComparer.Ordinal));
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
