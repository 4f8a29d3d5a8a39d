using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// The quick logs of My day and their undo. A quick log's external id is
/// <c>web:{person}:{metric}:{yyyy-MM-dd}:u{logger}t{unix seconds}r{random}</c>: who logged it (their
/// person id; 0 for an account without a person) and when, so the log needs no column of its own.
/// Undo takes back only the newest entry of the person's day, only for the person who logged it,
/// and only within <see cref="UndoWindow"/> (a later log, or a correction of the day, makes it older).
/// </summary>
internal static partial class QuickLogEntries
{
    /// <summary>How long after a quick log its "Undo" is offered and accepted.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    public const string Prefix = "web:";

    /// <summary>The prefix of every My day row of a person.</summary>
    public static string PersonPrefix(int person) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{person}:");

    /// <summary>The prefix of a person's My day rows of one metric on one day (a correction's own id).</summary>
    public static string DayId(int person, int metric, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{person}:{metric}:{date:yyyy-MM-dd}");

    /// <summary>A new quick log's external id, naming who logged it and when.</summary>
    public static string NewId(int person, int metric, DateOnly date, int? logger, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayId(person, metric, date)}:u{logger ?? 0}t{now.ToUnixTimeSeconds()}r{Guid.NewGuid():N}");

    /// <summary>Who logged a quick log and when; null for rows written before undo existed, corrections, imports.</summary>
    public static (int Logger, DateTimeOffset At)? Read(string? externalId)
    {
        var match = externalId is null ? null : Marker().Match(externalId);
        return match is { Success: true }
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeSeconds(long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)))
            : null;
    }

    /// <summary>The newest My day row of the person on <paramref name="today"/> (by id: rows are numbered as they are stored).</summary>
    public static async Task<Newest?> NewestAsync(GameplanDbContext db, int person, DateOnly today, CancellationToken ct)
    {
        var organization = db.RequireOrganization();
        var prefix = PersonPrefix(person);
        var row = await db.Activities.AsNoTracking()
            .Where(a => a.OrganizationId == organization && a.PersonId == person && a.Date == today && a.ExternalId!.StartsWith(prefix))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.MetricId, a.Quantity, a.ExternalId })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new Newest(row.Id, row.MetricId, row.Quantity, Read(row.ExternalId));
    }

    /// <summary>Why <paramref name="actor"/> may not undo <paramref name="entry"/> now; null when they may.</summary>
    public static string? WhyNot(Newest entry, Actor actor, DateTimeOffset now)
    {
        if (entry.Marker is not { } marker)
        {
            return "That entry was not logged with a quick log here (or the day was corrected since); correct the day in the grid instead.";
        }
        if (actor.PersonId is not { } me || marker.Logger != me)
        {
            return "Only the person who logged an entry can undo it; correct the day in the grid instead.";
        }
        if (now - marker.At > UndoWindow)
        {
            return $"An entry can be undone for {Numbers.Format((decimal)UndoWindow.TotalMinutes, 0)} minutes after it was logged; correct the day in the grid instead.";
        }
        return null;
    }

    /// <summary>A person's newest My day row of a day.</summary>
    public sealed record Newest(long Id, int MetricId, decimal Quantity, (int Logger, DateTimeOffset At)? Marker);

    [GeneratedRegex(@":u(\d{1,10})t(\d{1,12})r[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
