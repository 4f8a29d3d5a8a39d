using Gameplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// The baseline: what a read costs when it sums the raw log instead of the aggregates (the log's
/// (OrganizationId, PersonId, Date) index serves the team; the organisation is a full scan).
/// </summary>
public static class RawTotals
{
    public static async Task<int> SumAsync(GameplanDbContext db, IReadOnlyList<int>? people, DateOnly from, DateOnly to)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        var only = people is null ? "" : $"AND \"PersonId\" IN ({string.Join(", ", people.Select((_, i) => $"$p{i}"))})";
        command.CommandText = $"""
            SELECT "PersonId", "MetricId", sum("Quantity"), count(*) FROM "ActivityLog"
            WHERE "OrganizationId" = $organization {only} AND "Date" BETWEEN $from AND $to
            GROUP BY "PersonId", "MetricId"
            """;
        command.Parameters.AddWithValue("$organization", db.RequireOrganization());
        command.Parameters.AddWithValue("$from", from.DayNumber);
        command.Parameters.AddWithValue("$to", to.DayNumber);
        for (var i = 0; i < (people?.Count ?? 0); i++)
        {
            command.Parameters.AddWithValue($"$p{i}", people![i]);
        }
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows += reader.GetDouble(2) >= 0 ? 1 : 0;
        }
        return rows;
    }
}
