using Gameplan.Core.Activities.Import;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>
/// Upload jobs in the database, as several app instances use them: each change is won by one instance
/// only, the file comes back byte for byte, and a stopped instance's job is taken over or swept.
/// </summary>
public sealed class ActivityImportJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private const int Uploader = 41;

    private static ActivityImportJob NewJob(int organization, string id, long size, string holder = "one") =>
        new(id, organization, Uploader, "activities.csv", size, "the generic columns", ActivityMappingJson.Write(ActivityMapping.Generic), holder, Start);

    private static string Id(char c) => new(c, 32);

    [DbFact]
    public async Task A_file_of_several_pieces_is_read_back_byte_for_byte_and_only_within_its_organisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        var other = await Seeded.OrganizationAsync(db, "Rival");
        var bytes = new byte[ActivityImportJobCommands.ChunkBytes * 2 + 123];
        new Random(7).NextBytes(bytes);
        await using var scoped = database.Open(organization);
        var commands = new ActivityImportJobCommands(scoped, Seeded.Clock);

        Assert.True(await commands.CreateAsync(NewJob(organization, Id('a'), bytes.Length), long.MaxValue));
        for (var index = 0; index * ActivityImportJobCommands.ChunkBytes < bytes.Length; index++)
        {
            var from = index * ActivityImportJobCommands.ChunkBytes;
            await commands.AppendAsync(Id('a'), index, bytes.AsMemory(from, Math.Min(ActivityImportJobCommands.ChunkBytes, bytes.Length - from)));
        }
        Assert.True(await commands.ReceivedAsync(Id('a'), "one"));
        await using var reader = database.Open(organization);
        await using var file = await new ActivityImportJobQueries(reader).OpenFileAsync(Id('a'));
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        await using var rival = database.Open(other);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Null(await new ActivityImportJobQueries(rival).FindAsync(Id('a'), Uploader));
        Assert.Null(await new ActivityImportJobQueries(scoped).FindAsync(Id('a'), Uploader + 1));
        Assert.Equal(ActivityImportStage.Previewing, (await new ActivityImportJobQueries(scoped).FindAsync(Id('a'), Uploader))!.Stage);
    }

    [DbFact]
    public async Task An_upload_past_the_uploaders_waiting_bytes_is_refused_and_kept_nowhere()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        await using var scoped = database.Open(organization);
        var commands = new ActivityImportJobCommands(scoped, Seeded.Clock);

        Assert.True(await commands.CreateAsync(NewJob(organization, Id('a'), 600), 1000));
        Assert.False(await commands.CreateAsync(NewJob(organization, Id('b'), 600), 1000));
        // Still being received, so not the uploader's to cancel; its failing frees the room.
        Assert.False(await commands.CancelAsync(Id('a'), Uploader, "cancelled"));
        Assert.True(await commands.FailAsync(Id('a'), "one", "it broke"));

        Assert.True(await commands.CreateAsync(NewJob(organization, Id('c'), 600), 1000));
        Assert.Equal([Id('a'), Id('c')], await scoped.ActivityImportJobs.OrderBy(j => j.Id).Select(j => j.Id).ToListAsync());
    }

    [DbFact]
    public async Task Only_the_holder_beats_and_ends_the_work_and_a_cancel_stops_its_beats()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        await using var scoped = database.Open(organization);
        var commands = new ActivityImportJobCommands(scoped, Seeded.Clock);
        await commands.CreateAsync(NewJob(organization, Id('a'), 10), long.MaxValue);
        await commands.ReceivedAsync(Id('a'), "one");

        Assert.False(await commands.BeatAsync(Id('a'), "two", new(5, 10, 1)));
        Assert.True(await commands.BeatAsync(Id('a'), "one", new(5, 10, 1)));
        var reported = (await new ActivityImportJobQueries(scoped).FindAsync(Id('a'), Uploader))!;
        Assert.True(await commands.CancelAsync(Id('a'), Uploader, "You cancelled this upload."));

        Assert.Equal(new ActivityImportProgress(5, 10, 1), reported.Progress);
        Assert.False(await commands.BeatAsync(Id('a'), "one", new(10, 10, 2)));
        Assert.False(await commands.PreviewedAsync(Id('a'), "one", new ActivityImportPreview([], [])));
        Assert.Equal(ActivityImportStage.Cancelled, (await new ActivityImportJobQueries(scoped).FindAsync(Id('a'), Uploader))!.Stage);
    }

    [DbFact]
    public async Task Of_two_instances_taking_over_a_stale_job_one_wins_and_a_job_that_beats_is_not_stale()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        var clock = new MovableClock(Start);
        await using var one = database.Open(organization);
        await using var two = database.Open(organization);
        await using var three = database.Open(organization);
        var dead = new ActivityImportJobCommands(one, clock);
        await dead.CreateAsync(NewJob(organization, Id('a'), 10, holder: "dead"), long.MaxValue);
        await dead.ReceivedAsync(Id('a'), "dead");
        await dead.CreateAsync(NewJob(organization, Id('b'), 10, holder: "alive"), long.MaxValue);
        await dead.ReceivedAsync(Id('b'), "alive");

        clock.Now = Start.AddSeconds(90);
        Assert.True(await dead.BeatAsync(Id('b'), "alive", null));
        var stale = await new ActivityImportJobCommands(two, clock).StaleAsync(TimeSpan.FromSeconds(60));
        var taken = await Task.WhenAll(
            new ActivityImportJobCommands(two, clock).TakeOverAsync(stale.Single(), "two"),
            new ActivityImportJobCommands(three, clock).TakeOverAsync(stale.Single(), "three"));

        Assert.Equal(Id('a'), Assert.Single(stale).Id);
        Assert.Single(taken, t => t);
        var job = await one.ActivityImportJobs.AsNoTracking().SingleAsync(j => j.Id == Id('a'));
        Assert.Contains(job.Holder, new[] { "two", "three" });
        Assert.Equal(1, job.Takeovers);
        Assert.False(await dead.BeatAsync(Id('a'), "dead", null));
        Assert.Empty(await dead.StaleAsync(TimeSpan.FromSeconds(60)));
    }

    [DbFact]
    public async Task The_sweep_cancels_previews_left_waiting_and_forgets_old_jobs_across_organisations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var first = await Seeded.OrganizationAsync(db);
        var second = await Seeded.OrganizationAsync(db, "Rival");
        var clock = new MovableClock(Start);
        foreach (var (organization, id) in new[] { (first, Id('a')), (second, Id('b')) })
        {
            await using var scoped = database.Open(organization);
            var commands = new ActivityImportJobCommands(scoped, clock);
            await commands.CreateAsync(NewJob(organization, id, 3), long.MaxValue);
            await commands.AppendAsync(id, 0, new byte[] { 1, 2, 3 });
            await commands.ReceivedAsync(id, "one");
            await commands.PreviewedAsync(id, "one", new ActivityImportPreview([], []));
        }
        await using var sweeping = database.Open();
        var sweeper = new ActivityImportJobCommands(sweeping, clock);

        clock.Now = Start.AddMinutes(59);
        var early = await sweeper.SweepAsync(TimeSpan.FromHours(1), "waited too long", TimeSpan.FromHours(2));
        clock.Now = Start.AddMinutes(61);
        var abandoned = await sweeper.SweepAsync(TimeSpan.FromHours(1), "waited too long", TimeSpan.FromHours(2));
        var chunks = await sweeping.Set<ActivityImportFileChunk>().CountAsync();
        var stages = await sweeping.ActivityImportJobs.Select(j => j.Stage).Distinct().ToListAsync();
        clock.Now = Start.AddHours(2).AddMinutes(1);
        var forgotten = await sweeper.SweepAsync(TimeSpan.FromHours(1), "waited too long", TimeSpan.FromHours(2));

        Assert.Equal(0, early);
        Assert.Equal(2, abandoned);
        Assert.Equal(0, chunks);
        Assert.Equal([ActivityImportStage.Cancelled], stages);
        Assert.Equal(2, forgotten);
        Assert.Empty(await sweeping.ActivityImportJobs.ToListAsync());
    }
}
