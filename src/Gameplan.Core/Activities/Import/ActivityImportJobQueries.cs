using System.Text.Json;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>Reads uploads of the organisation in scope: only their uploader finds them (someone else's upload does not exist for you).</summary>
public sealed class ActivityImportJobQueries(GameplanDbContext db)
{
    /// <summary>The upload <paramref name="id"/> if <paramref name="userId"/> uploaded it; null otherwise.</summary>
    public async Task<ActivityImportJobDetails?> FindAsync(string? id, int userId, CancellationToken ct = default)
    {
        if (id is null)
        {
            return null;
        }
        var job = await db.ActivityImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.UserId == userId, ct);
        return job is null ? null : Details(job);
    }

    /// <summary>The uploads of <paramref name="userId"/> whose files are still kept, oldest first (without their preview or summary).</summary>
    public async Task<IReadOnlyList<ActivityImportJobDetails>> PendingAsync(int userId, CancellationToken ct = default)
    {
        var jobs = await db.ActivityImportJobs
            .Where(j => j.UserId == userId && ActivityImportStages.Holding.Contains(j.Stage))
            .Select(j => new { j.Id, j.FileName, j.Size, j.MappingName, j.Stage, j.CreatedAt })
            .ToListAsync(ct);
        return [.. jobs.OrderBy(j => j.CreatedAt).Select(j => new ActivityImportJobDetails(j.Id, j.FileName, j.Size, j.MappingName, j.Stage, j.CreatedAt))];
    }

    /// <summary>The mapping the job's file is read with.</summary>
    public async Task<ActivityMapping?> MappingAsync(string id, CancellationToken ct = default) =>
        await db.ActivityImportJobs.Where(j => j.Id == id).Select(j => j.Mapping).FirstOrDefaultAsync(ct) is { } json
            ? ActivityMappingJson.Parse(json)
            : null;

    /// <summary>Whether the import stores the valid rows of a file with invalid ones; null when there is no such job.</summary>
    public async Task<bool?> SkipInvalidAsync(string id, CancellationToken ct = default) =>
        await db.ActivityImportJobs.Where(j => j.Id == id).Select(j => (bool?)j.SkipInvalid).FirstOrDefaultAsync(ct);

    /// <summary>The job's file, read piece by piece on this context (give it a context of its own when another is writing).</summary>
    public async Task<Stream> OpenFileAsync(string id, CancellationToken ct = default)
    {
        var size = await db.ActivityImportJobs.Where(j => j.Id == id).Select(j => (long?)j.Size).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"There is no upload {id}.");
        return new ActivityImportFileStream(db, id, size);
    }

    internal static ActivityImportJobDetails Details(ActivityImportJob job) =>
        new(job.Id, job.FileName, job.Size, job.MappingName, job.Stage, job.CreatedAt)
        {
            PreviewedAt = job.PreviewedAt,
            Progress = job.Rows is { } rows ? new ActivityImportProgress(job.BytesRead ?? 0, job.Size, rows) { Storing = job.Storing } : null,
            Preview = job.Preview is { } preview ? JsonSerializer.Deserialize<ActivityImportPreview>(preview, ActivityImportJobCommands.Json) : null,
            Summary = job.Summary is { } summary ? JsonSerializer.Deserialize<ActivityImportSummary>(summary, ActivityImportJobCommands.Json) : null,
            SkipInvalid = job.SkipInvalid,
            Error = job.Error,
        };
}
