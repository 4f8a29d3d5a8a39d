using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Inbox;
using Gameplan.Core.Notifications;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Scheduling;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gameplan.Core.Tests.Notifications;

public sealed class DigestRunTests
{
    private const string BaseUrl = "https://gameplan.example.test";
    private static readonly IDataProtectionProvider Protection = new EphemeralDataProtectionProvider();

    private static DigestRun Run(GameplanDbContext db, TimeProvider clock) =>
        new(db, new InboxQueries(db, new PlanQueries(db), new CritiqueQueries(db, new PlanQueries(db), clock), clock), new DigestSender(Protection), clock);

    /// <summary>The seeded organisation with e-mail pointed at the sink, addresses for its people, and a plan of Dana's whose tactical review two days ago waits to be written up.</summary>
    private static async Task<int> ArrangeAsync(GameplanDbContext db, SmtpSink sink, TimeProvider clock)
    {
        var organization = await Seeded.OrganizationAsync(db);
        foreach (var person in await db.People.ToListAsync())
        {
            person.ChangeEmail($"{person.Handle}@example.test");
        }
        await db.SaveChangesAsync();
        await new EmailCommands(db, Protection, new DigestSender(Protection), clock).ChangeAsync(new EmailSettingsRequest
        {
            Host = "127.0.0.1",
            Port = sink.Port,
            Tls = SmtpTls.None,
            FromAddress = "gameplan@example.test",
            BaseUrl = BaseUrl,
        });
        var plan = await new PlanCommands(db, clock).CreateAsync(Seeded.TeamPlan());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await new ReviewCommands(db, clock).CreateAsync(plan.Id, new ReviewRequest { Date = today.AddDays(-2) });
        return organization;
    }

    private static List<MimeMessage> Received(SmtpSink sink) =>
        [.. sink.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))];

    [DbFact]
    public async Task A_digest_goes_once_a_day_with_text_and_html_absolute_links_and_a_signed_unsubscribe_link()
    {
        await using var sink = new SmtpSink();
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var clock = new MovableClock(Seeded.Clock.GetUtcNow());
        await ArrangeAsync(db, sink, clock);

        var first = await Run(db, clock).RunAsync("http://unused.test");
        var again = await Run(db, clock).RunAsync("http://unused.test");

        var danas = Assert.Single(Received(sink), m => m.To.Mailboxes.Single().Address == "dana@example.test");
        Assert.Contains("Write up the tactical review", danas.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{BaseUrl}/plans/", danas.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{BaseUrl}/plans/", danas.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("overdue", danas.Subject, StringComparison.Ordinal);
        var unsubscribe = danas.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');
        Assert.StartsWith($"{BaseUrl}/notifications/unsubscribe?token=", unsubscribe, StringComparison.Ordinal);
        Assert.Contains(unsubscribe, danas.TextBody, StringComparison.Ordinal);
        Assert.True(first.Sent >= 1);
        Assert.Equal(0, again.Sent);
        Assert.Equal(first.Sent, sink.Count);
        var dana = await db.People.Where(p => p.Handle == "dana").Select(p => p.Id).SingleAsync();
        var log = Assert.Single(await db.DigestLog.Where(l => l.PersonId == dana).ToListAsync());
        Assert.Contains(":writeup", log.Items, StringComparison.Ordinal);

        var token = Uri.UnescapeDataString(unsubscribe[(unsubscribe.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        Assert.Equal("Dana Reyes", await new NotificationCommands(db).UnsubscribeAsync(token));
        Assert.Equal(DigestFrequency.Off, (await new NotificationCommands(db).GetAsync(dana)).Frequency);
        Assert.Null(await new NotificationCommands(db).UnsubscribeAsync(token[..^2] + "xx"));
        Assert.Null(await new NotificationCommands(db).UnsubscribeAsync("1.2.nonsense"));
    }

    [DbFact]
    public async Task An_overdue_item_is_sent_in_three_digests_and_not_a_fourth_time()
    {
        await using var sink = new SmtpSink();
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var clock = new MovableClock(Seeded.Clock.GetUtcNow());
        await ArrangeAsync(db, sink, clock);
        int DanasWithWriteUp() => Received(sink).Count(m => m.To.Mailboxes.Single().Address == "dana@example.test" && (m.TextBody ?? "").Contains("Write up", StringComparison.Ordinal));

        var counts = new List<int>();
        for (var day = 0; day < 4; day++)
        {
            await Run(db, clock).RunAsync(BaseUrl);
            counts.Add(DanasWithWriteUp());
            clock.Now = clock.Now.AddDays(1);
        }

        Assert.Equal([1, 2, 3, 3], counts);
        Assert.Contains("Last reminder", Received(sink).Last(m => (m.TextBody ?? "").Contains("Write up", StringComparison.Ordinal)).TextBody ?? "", StringComparison.Ordinal);
        var dana = await db.People.Where(p => p.Handle == "dana").Select(p => p.Id).SingleAsync();
        var ledger = (await db.DigestSubscriptions.AsNoTracking().SingleAsync(s => s.PersonId == dana)).ToLedger();
        Assert.Equal(DigestRules.MaxShows, ledger.Shown.Single(x => x.Key.EndsWith(":writeup", StringComparison.Ordinal)).Value);
    }

    [DbFact]
    public async Task People_who_chose_off_get_nothing_and_weekly_ones_only_on_the_digest_day()
    {
        await using var sink = new SmtpSink();
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var clock = new MovableClock(Seeded.Clock.GetUtcNow());
        await ArrangeAsync(db, sink, clock);
        var dana = await db.People.Where(p => p.Handle == "dana").Select(p => p.Id).SingleAsync();
        await new NotificationCommands(db).ChangeAsync(dana, DigestFrequency.Weekly);
        var day = DateOnly.FromDateTime(clock.Now.UtcDateTime).DayOfWeek;
        var settings = await db.EmailSettings.SingleAsync();
        await new EmailCommands(db, Protection, new DigestSender(Protection), clock).ChangeAsync(new EmailSettingsRequest
        {
            Host = settings.Host,
            Port = settings.Port,
            Tls = SmtpTls.None,
            FromAddress = settings.FromAddress,
            DigestDay = (DayOfWeek)(((int)day + 1) % 7),
        });

        await Run(db, clock).RunAsync(BaseUrl);
        Assert.DoesNotContain(Received(sink), m => m.To.Mailboxes.Single().Address == "dana@example.test");

        clock.Now = clock.Now.AddDays(1);
        await Run(db, clock).RunAsync(BaseUrl);
        Assert.Single(Received(sink), m => m.To.Mailboxes.Single().Address == "dana@example.test");

        await new NotificationCommands(db).ChangeAsync(dana, DigestFrequency.Off);
        clock.Now = clock.Now.AddDays(7);
        await Run(db, clock).RunAsync(BaseUrl);
        Assert.Single(Received(sink), m => m.To.Mailboxes.Single().Address == "dana@example.test");
    }

    [DbFact]
    public async Task Two_schedulers_racing_for_the_lease_send_each_digest_once()
    {
        await using var sink = new SmtpSink();
        await using var database = await TestDatabase.CreateAsync();
        await using (var arrange = await database.MigratedAsync())
        {
            await ArrangeAsync(arrange, sink, Seeded.Clock);
        }
        await using var one = database.Open();
        await using var two = database.Open();

        async Task<bool> ScheduleAsync(GameplanDbContext db, string holder)
        {
            var leases = new SchedulerLeases(db, Seeded.Clock);
            if (!await leases.TryTakeAsync("digests", holder, TimeSpan.FromMinutes(5)))
            {
                return false;
            }
            await Run(db, Seeded.Clock).RunAsync(BaseUrl);
            return true;
        }
        var ran = await Task.WhenAll(ScheduleAsync(one, "instance-a"), ScheduleAsync(two, "instance-b"));

        Assert.Single(ran, r => r);
        var addresses = Received(sink).Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Contains("dana@example.test", addresses);
        Assert.Equal(addresses.Distinct().Count(), addresses.Count);
    }

    [DbFact]
    public async Task A_lease_is_taken_by_one_holder_until_it_lapses_or_is_given_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await using var other = database.Open();
        var clock = new MovableClock(Seeded.Clock.GetUtcNow());
        var a = new SchedulerLeases(db, clock);
        var b = new SchedulerLeases(other, clock);

        Assert.True(await a.TryTakeAsync("digests", "a", TimeSpan.FromMinutes(5)));
        Assert.False(await b.TryTakeAsync("digests", "b", TimeSpan.FromMinutes(5)));
        Assert.True(await a.TryTakeAsync("digests", "a", TimeSpan.FromMinutes(5)));
        Assert.True(await b.TryTakeAsync("webhooks", "b", TimeSpan.FromMinutes(5)));
        clock.Now = clock.Now.AddMinutes(6);
        Assert.True(await b.TryTakeAsync("digests", "b", TimeSpan.FromMinutes(5)));
        Assert.False(await a.TryTakeAsync("digests", "a", TimeSpan.FromMinutes(5)));
        await b.ReleaseAsync("digests", "b");
        Assert.True(await a.TryTakeAsync("digests", "a", TimeSpan.FromMinutes(5)));
    }

    [DbFact]
    public async Task The_smtp_password_is_stored_protected_and_never_returned()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var email = new EmailCommands(db, Protection, new DigestSender(Protection), Seeded.Clock);

        var saved = await email.ChangeAsync(new EmailSettingsRequest { Host = "smtp.example.test", UserName = "mailer", Password = "hunter2-secret", FromAddress = "plans@example.test" });
        var kept = await email.ChangeAsync(new EmailSettingsRequest { Host = "smtp.example.test", UserName = "mailer", FromAddress = "plans@example.test" });

        Assert.True(saved.HasPassword);
        Assert.True(kept.HasPassword);
        var stored = await db.EmailSettings.AsNoTracking().Select(e => e.ProtectedPassword).SingleAsync();
        Assert.DoesNotContain("hunter2", stored, StringComparison.Ordinal);
        Assert.Equal("hunter2-secret", Protection.CreateProtector(EmailCommands.PasswordPurpose).Unprotect(stored!));
        Assert.False((await email.ChangeAsync(new EmailSettingsRequest { Host = "smtp.example.test", Password = "", FromAddress = "plans@example.test" })).HasPassword);
    }
}
